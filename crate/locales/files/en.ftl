# The file analysis's messages in English: what code, archives and executables are found to
# do. Only builds that scan files carry this catalogue (the page loads it with its second
# module). Every other language has the same ids with the same variables (a test checks).
# Phrases (`ph-…`) are the fixed words of the analysis's own tables, named after their English.

## Phrases of the analysis's tables

ph-reads-the-system-timezone = reads the system timezone
ph-reads-the-system-locale = reads the system locale
ph-reads-the-proxy-settings = reads the proxy settings
ph-reads-an-api-base-url-setting = reads an API base URL setting
ph-queries-the-system-proxy = queries the system proxy
ph-reads-the-host-user-or-network-interfaces = reads the host, user or network interfaces
ph-writes-invisible-tag-characters = writes invisible tag characters
ph-writes-variation-selectors = writes variation selectors
ph-writes-full-width-punctuation = writes full-width punctuation
ph-writes-a-cyrillic-letter-that-looks-latin = writes a Cyrillic letter that looks Latin
ph-rewrites-the-date-separator-to = rewrites the date separator '-' to '/'
ph-writes-a-zero-width-character = writes a zero-width character
ph-base64 = base64
ph-hex = hex
ph-x-escapes = \x escapes
ph-u-escapes = \u escapes
ph-reversed-string = reversed string
ph-rot13 = ROT13
ph-char-codes = char codes
ph-reads-environment-variables = reads environment variables
ph-reads-an-environment-variable = reads an environment variable
ph-reads-a-system-file = reads a system file
ph-runs-a-command = runs a command
ph-reads-the-dns-servers = reads the DNS servers
ph-reads-the-utc-offset = reads the UTC offset
ph-reads-the-browser-language = reads the browser language
ph-reads-the-date-string-with-the-time-zone = reads the date string (with the time zone)
ph-reads-the-time-string-with-the-time-zone = reads the time string (with the time zone)
ph-reads-the-home-directory = reads the home directory
ph-reads-the-host-name = reads the host name
ph-reads-the-local-date-format = reads the local date format
ph-reads-the-local-time-format = reads the local time format
ph-reads-the-locale = reads the locale
ph-reads-the-network-interfaces = reads the network interfaces
ph-reads-the-page-language = reads the page language
ph-reads-the-site-s-address = reads the site's address
ph-reads-the-site-s-host-name = reads the site's host name
ph-reads-the-time-zone = reads the time zone
ph-reads-the-locale-s-numbering-system = reads the locale's numbering system
ph-reads-the-locale-s-calendar = reads the locale's calendar
ph-reads-the-time-zone-and-locale = reads the time zone and locale
ph-formats-the-date-in-the-user-s-time-zone = formats the date in the user's time zone
ph-reads-the-user-name = reads the user name
ph-reads-a-proxy-setting = reads a proxy setting
ph-reads-the-package-registry = reads the package registry
ph-hex-or-number-parsing = hex or number parsing
ph-character-codes = character codes
ph-reversal = reversal
ph-json = JSON
ph-url-escapes = URL escapes
ph-splitting = splitting
ph-joining = joining
ph-xor = XOR
ph-written-plainly-in-the-code = written plainly in the code
ph-the-code-could-not-be-parsed-for-the-replay = the code could not be parsed for the replay
ph-no-environment-to-vary-was-found-in-what-the-code-reads = no environment to vary was found in what the code reads
ph-the-code-could-not-run-in-the-sandbox = the code could not run in the sandbox
ph-the-output-was-the-same-in-every-environment-tried = the output was the same in every environment tried

## Findings and their parts

with-detail = { $what } ({ $detail })
with-argument = { $what }: { $detail }
nothing = {""}
just = { $what }
text = { $text }
sep-and = {" and "}
sep-or = {" or "}
line-item = - { $what }
preview-more = { $values }, … ({ $count } in all)
hit-hidden-list = hidden list of { $count } entries ({ $how })
hit-hash-list = list of { $count } hashes of watched names
hit-compares-with = compares with { $value }
hit-apostrophes = chooses between { $count } look-alike apostrophes
hit-more-kinds = { $rule } (more kinds, grouped)
hit-places = { $what } ({ $count } place(s))
how-then-xor = { $how }, then XOR with key { $key }
how-hashes-reversed = { $found } of { $total } hashes reversed by hashing the watchlist ({ $hash })
how-case-labels = case labels evaluated ({ $count } values)
how-not-evaluated = not evaluated: { $why }
how-evaluated = evaluated `{ $code }` in the sandbox{ $steps }
how-own-decoding = {" "}(the code's own decoding: { $steps })
how-predicate = the values the test `{ $code }` says yes to, found by running the code's own test in the sandbox on { $count } known names (time zones, locales, country domains, watched hosts)
how-predicate-offsets = the UTC offsets the test `{ $code }` says yes to, found by running the code's own test in the sandbox on every offset from UTC−12:00 to UTC+14:00 ({ $count } values)
how-digests-reversed = { $how }; { $found } of { $total } reversed against known names by recomputing the code's own transformation
how-ipv4 = { $how }; 32-bit numbers read as IPv4 addresses
tb001-alone-meaning = Reading the environment is common (proxy support, time zones); alone it is not a concern.
tb002-alone-meaning = A region-specific value is compared; timezone libraries list these for everyone.
tb003-alone-meaning = A list of domains or names is stored encoded, so a reader of the code cannot see it.
tb004-alone-meaning = The code can vary its output with characters that look alike.
flow-contradicts = { $what } The code around it was analysed: no value read from the environment reaches this output.
with-more-chains = { $what } (and { $more } more chains in this input, not listed: at most { $max } are)
step-at = { $what } at byte { $byte }
where-it-runs = where it runs
compared-region-value = a region-specific value ({ $value })
compared-hidden-lists = { $count ->
        [one] a hidden list
       *[other] { $count } hidden lists
    } ({ $values })
chain = Covert channel: { $steps }
chain-meaning = The code reads the environment ({ $source }), compares it with { $compared } and changes its output ({ $sink }){ $prompt }. That is how a program can tell whoever receives its output where its user is, without sending any telemetry.
in-prompt = , in text that looks like a prompt
replay-note-distance = this chain was linked by the distance between patterns, not followed through the code: there is no slice to replay
replay-same-with-calls = the output was the same in every environment tried (the printed output and { $count } call(s): { $calls })
class-invisible = invisible characters
class-whitespace = whitespace
class-look-alike = look-alike characters
class-normalisation = the same letters encoded differently (NFC/NFD)
class-punctuation = punctuation
class-format = number or date format
class-case = capitalisation
class-order = the order of words or lines
class-wording = a word swapped for a synonym
class-message = a different message
class-same = nothing
variant-nothing = nothing
variants-one-of = one of: { $items }
variants-becomes = { $from } becomes { $to }
colon-detail = : { $what }
effect-chooses = chooses between { $count } outputs that differ in { $class }{ $detail }
effect-outputs = { $count } outputs that differ in { $class }{ $detail }
effect-replayed = replayed under each environment, the code gave { $count } outputs that differ in { $class }
effect-only-then = { $call } only then
effect-with-variants = { $what }: { $variants }
a-concealed-list = a concealed list
a-list = a list
points-to = ; points to { $countries }
region-sentence = {" "}Region: { $countries }.
code-list = { $kind } ({ $how }{ $region }): { $values }
compared-values-it-hides = values it hides in its own code
compared-region-list = a list of values that point to one region
code-covert = Covert channel: { $sources } → compared with { $lists } list(s) → changes its output ({ $effects }).{ $region }
code-overt = Behaves differently for one region's users: { $sources } → { $effects }.{ $region }
code-hidden-list = The environment ({ $sources }) is compared with a list hidden in the code.{ $region }
sep-newline =
    {""}
    {""}
code-covert-meaning =
    The code reads where or on what it runs ({ $sources }), compares it with { $compared } and changes its output in a way a reader would not notice ({ $effects }). Whoever receives the output can tell the user's region or setup; no telemetry is sent.{ $region }

    Compared with:
    { $lists }

    Output under each outcome:
    { $outputs }
code-overt-meaning =
    The code reads where it runs ({ $sources }), compares it with a list that points to particular countries and, only for them, { $effects }. This is visible, not hidden, but it targets people by region.{ $region }

    Compared with:
    { $lists }
code-hidden-list-meaning =
    The code compares where or on what it runs with values it conceals; no change of output was found, so what it does with the answer is not known.

    Compared with:
    { $lists }

code-hidden-list-open = The environment ({ $sources }) picks entries of a table kept encoded in the code; the output shows the value it picked.
code-hidden-list-open-meaning =
    The code keeps a table encoded (base64, for example) and picks from it with where or on what it runs. Replayed, the output changed visibly and named the value itself (a language in a link, for example): this is open localisation, not a hidden signal.

    The table's keys:
    { $lists }

code-localised = Writes a message in the user's own language: { $sources } → { $effects }.
code-localised-meaning =
    The code checks the user's language and, for one language, writes output in that language (a translated message). This is localisation, not targeting people by region.

    Compared with:
    { $lists }

## The command line's words (this catalogue is in every native build)

cli-standard-input = standard input
cli-at-byte = at byte { $byte }:
cli-byte = byte { $byte }
cli-line = line { $line }
cli-seen-times = seen { $count } times
cli-decoded = decoded ({ $scheme }):
cli-decoded-confidence = decoded ({ $scheme }, confidence { $confidence }):
cli-confidence-high = high
cli-confidence-medium = medium
cli-confidence-low = low
cli-dates = Dates:
cli-unusual-characters = Unusual characters:
cli-and-more-json = … and { $count } more (use --format json)
cli-and-more-counted = … and { $count } more (counted, not listed)
cli-note = note:
cli-inputs = { $count } input(s)
cli-entries-read = {","} { $count } file(s) and archive entries read
cli-replayed = replayed in the sandbox:
cli-replayed-call = replayed in the sandbox ({ $call }):
cli-reveals = reveals: { $what }
cli-not-replayed = not replayed: { $why }
cli-skipped = skipped { $path }: { $why }
cli-not-checked = Not checked ({ $count } part(s); { $bytes } bytes were checked):
cli-verdict-unchecked = could not check
cli-verdict-clean = clean
cli-verdict-notice = notice
cli-verdict-suspicious = suspicious
cli-verdict-covert = covert
cli-severity-info = info
cli-severity-low = low
cli-severity-medium = medium
cli-severity-high = high
cli-severity-critical = critical

## Archives and inputs that could not be read in full (the detail is the reader's own words)

problem-too-deep = Archive nested too deep ({ $detail })
problem-not-an-archive = Not the archive its name says ({ $detail })
problem-unreadable = Could not be read ({ $detail })
problem-unreadable-document = A document that could not be read ({ $detail })
problem-corrupt = Corrupt or truncated ({ $detail })
problem-bomb = Decompression bomb ({ $detail })
problem-limit = A size limit was reached ({ $detail })
problem-escapes = An entry escapes the archive ({ $detail })
problem-link = A link inside the archive ({ $detail })
problem-unsupported = A part in a form Telltale does not read ({ $detail })
problem-lies = The archive's directory lies about a size ({ $detail })
problem-encrypted = Encrypted: not checked ({ $detail })
problem-attack-unchecked-meaning = This archive is built to attack the tools that open it: { $what }. That part was not checked; everything else was.
problem-attack-checked-meaning = This archive is built to attack the tools that open it: { $what }. Its content was still checked.
problem-unchecked-meaning = This part could not be checked: { $what }. Everything else was.
problem-noted-meaning = { $what }
problem-more = { $more } more of the same kind not listed, { $count } in all; e.g. { $example }
problem-more-meaning = Problems of one kind are listed up to a limit; every one of them is counted, and the parts they stopped are in the coverage list.

## Where a document's text is and how it is hidden (doc::words): templates of the readers' words.
words-joined = { $items }
place-with-how = { $place } ({ $how })
verbatim = { $text }
how-a-cell-comment-shown-only-when-pointed-at = a cell comment (shown only when pointed at)
how-a-comment-annotation-shown-only-in-the-review-pane = a comment (annotation), shown only in the review pane
how-a-comment-shown-only-in-the-margin-or-review-pane = a comment (shown only in the margin or review pane)
how-a-comment-shown-only-in-the-review-pane = a comment (shown only in the review pane)
how-a-document-property-file-info-not-shown-in-the-document = a document property (File → Info), not shown in the document
how-a-document-property-not-shown-in-the-document = a document property, not shown in the document
how-a-document-property-not-shown-on-any-page = a document property, not shown on any page
how-a-hidden-column = a hidden column
how-a-hidden-column-code = a hidden column ({ $code })
how-a-hidden-form-field = a hidden form field
how-a-hidden-row = a hidden row
how-a-hidden-run-word-s-name-font-setting-code = a hidden run (Word's "{ $name }" font setting, { $code })
how-a-hidden-sheet = a hidden sheet
how-a-hidden-sheet-name-format-hide = a hidden sheet ("{ $name }": Format → Hide)
how-a-hidden-text-field = a hidden text field
how-a-pdf-annotation-a-comment-shown-only-when-opened = a PDF annotation (a comment shown only when opened)
how-a-review-comment-shown-only-in-the-comments-pane = a review comment (shown only in the comments pane)
how-a-text-box-placed-off-the-slide-not-shown-in-the-slide-show = a text box placed off the slide (not shown in the slide show)
how-a-tiny-font-n-pt = a tiny font ({ $n } pt)
how-a-tiny-font-under-n-pt = a tiny font (under { $n } pt)
how-a-very-hidden-sheet-name-hidden-so-that-excel-s-unhide-does-not-list-it = a very hidden sheet ("{ $name }": hidden so that Excel's Unhide does not list it)
how-alt-text-of-a-picture-read-by-screen-readers-and-ai-tools-not-shown-on-the-page = alt text of a picture, read by screen readers and AI tools, not shown on the page
how-alt-text-of-an-image-not-shown-when-the-image-loads = alt text of an image, not shown when the image loads
how-an-html-comment-in-the-file-never-shown = an HTML comment (in the file, never shown)
how-css-clip-to-nothing = CSS clip to nothing
how-css-code = CSS { $code }
how-css-position-off-the-screen = CSS position off the screen
how-css-zero-height-or-width-with-overflow-hidden = CSS zero height or width with overflow hidden
how-hidden-text-rtf-code = hidden text (RTF { $code })
how-only-in-the-html-version = only in the HTML version
how-outlook-s-code = Outlook's { $code }
how-speaker-notes-seen-by-the-presenter-not-the-audience = speaker notes (seen by the presenter, not the audience)
how-text-coloured-like-its-background = text coloured like its background
how-text-covered-by-a-filled-shape-placed-on-top-of-it = text covered by a filled shape placed on top of it
how-text-drawn-invisible-pdf-text-render-mode-n = text drawn invisible (PDF text render mode { $n })
how-text-placed-outside-the-page-never-shown-or-printed = text placed outside the page (never shown or printed)
how-text-set-not-to-display-code-name = text set not to display ({ $code }"{ $name }")
how-the-address-a-link-goes-to-not-the-text-it-shows = the address a link goes to, not the text it shows
how-the-hidden-attribute = the hidden attribute
how-tiny-text-n-pt = tiny text ({ $n } pt)
how-white-text-on-a-white-cell = white text on a white cell
how-white-text-on-a-white-page = white text on a white page
place-alt-text-at-line-n = alt text at line { $n }
place-alt-text-of-picture-n-near-paragraph-n2 = alt text of picture { $n } (near paragraph { $n2 })
place-attached-message-part-n = attached message (part { $n })
place-code = { $code }
place-comment = comment
place-comment-near-page-n = comment near page { $n }
place-comment-near-paragraph-n = comment near paragraph { $n }
place-comment-near-slide-n = comment near slide { $n }
place-comment-on-code = comment on { $code }
place-comment-on-page-n = comment on page { $n }
place-comment-paragraph-n = comment (paragraph { $n })
place-document-property-code = document property { $code }
place-e-mail = e-mail
place-e-mail-part-n-code = e-mail part { $n } ({ $code })
place-endnote-paragraph-n = endnote (paragraph { $n })
place-footer-paragraph-n = footer (paragraph { $n })
place-footnote-paragraph-n = footnote (paragraph { $n })
place-header-paragraph-n = header (paragraph { $n })
place-hidden-form-field-at-line-n = hidden form field at line { $n }
place-html-comment-at-line-n = HTML comment at line { $n }
place-line-n = line { $n }
place-message-n = message { $n }
place-page-n = page { $n }
place-paragraph-n = paragraph { $n }
place-slide-comments = slide comments
place-slide-n = slide { $n }
place-slide-n-notes = slide { $n } notes
place-speaker-notes = speaker notes
place-subject = subject

## Notes of the file analysis.
note-at = { $path }: { $note }
note-transcoded = { $path }: stored by Bun as UTF-16 or Latin-1; transcoded to UTF-8 and checked
note-chains-capped = { $count } covert chains found; the first { $max } are listed
note-code-unparsed = the code could not be parsed as JavaScript
note-code-not-utf8 = the code could not be parsed as JavaScript (it is not UTF-8)
note-code-decisions-capped = only { $max } comparisons were evaluated
note-code-too-large = the code around the candidates is over { $max } bytes: analysed in part
note-code-pieces-reads = { $count } function(s) and definition(s) analysed around the environment reads
note-code-pieces-chain = { $count } function(s) and definition(s) analysed around the pattern finder's chain

linked-files = { $file } imports { $modules }: they were read together, as one program.
linked-meaning =
    { $what }

    { $linked }
note-linked-capped = { $count } files that import others of their package were not read with what they import: at most { $max } linked programs and { $mib } MiB are analysed per scan
note-linked-store-full = { $count } files were not kept for reading across files (at most { $max } MB are kept)
