# Telltale's messages in English (the default catalogue). Every other catalogue has the same
# ids with the same variables (a test checks). Code points, character names, hosts, file names
# and decoded text come as arguments and are never translated.

## Joining lists

sep-arrow = {" → "}
sep-comma = {", "}
sep-semicolon = {"; "}
sep-space = {" "}

## Text: characters

invisible-character = { $count } × { $cp } { $name }
exotic-space = { $count } × { $cp } { $name }
control-character = { $count } × { $cp } { $name }
invisible-character-meaning = { $count } invisible character(s) ({ $name }) sit in the text. They cannot be seen, but they change what the text is and can carry hidden information.
invisible-after-directive-meaning = { $count } invisible character(s) ({ $name }) sit right after a comment telling checkers to look away ({ $directive }). Hiding a character exactly where scanners were told not to look is a way to slip it past them.
invisible-soft-hyphen-meaning = Soft hyphens are invisible hyphenation hints, common in text copied from web pages; they still make words differ from how they look.
invalid-encoding = { $count } invalid byte(s) in the { $encoding } input, first at byte { $first }
invalid-encoding-meaning = Part of the file is not valid text; those bytes are shown as � and everything else was checked.

## Text: hidden-message schemes

zero-width-message = { $count } zero-width characters encode a message
zero-width-message-meaning = Invisible zero-width characters carry a hidden message: "{ $text }".
zero-width-undecoded = { $count } zero-width characters using { $symbols } different symbols
zero-width-undecoded-meaning = A long run of invisible characters is laid out like an encoding, but no known scheme decodes it to readable text (it may be encrypted or use an unknown alphabet).

## Text: dates

mixed-date-formats = Dates in { $count } patterns: { $patterns }
mixed-date-formats-separator-meaning = The same kind of date is written with different separators. A program writes dates one way; a switched separator is how a hidden signal can ride in a date.
mixed-date-formats-style-meaning = Dates are written in different styles. This is common in text written by several people or pasted together.

## Text: look-alikes

look-alike-character = { $cp } { $name } looks like '{ $like }' in "{ $word }"
look-alike-character-meaning = "{ $word }" looks like "{ $fixed }" but one letter is a look-alike from a special block; programs will treat the word as different.
mixed-script-whole = "{ $word }" is written entirely in { $scripts } letters that look Latin{ $swapped ->
    [none] {""}
   *[other] : { $swapped }
}
mixed-script-word = "{ $word }" mixes { $scripts } letters{ $swapped ->
    [none] {""}
   *[other] : { $swapped }
}
mixed-script-word-meaning = The word "{ $word }" looks like "{ $skeleton }" but uses letters from another alphabet. This is how fake names and addresses are made, and how a text can be marked invisibly.

## Text: punctuation

role-apostrophe = apostrophe / single quote
role-double = double quote
role-hyphen = hyphen / dash
role-full = full stop
role-comma = comma
role-colon = colon
role-semicolon = semicolon
role-ellipsis = ellipsis
role-question = question mark
role-exclamation = exclamation mark
role-space = space
mixed-punctuation = The { $role } is written in { $count } ways: { $styles }
mixed-punctuation-meaning = The { $role } is written both straight and curly. That is common in pasted text, but it is also what a hidden switch between look-alike characters leaves behind.

## Text: StegCloak

stegcloak = StegCloak stream of { $count } invisible characters
stegcloak-meaning = A hidden message made with StegCloak was recovered: "{ $text }".
stegcloak-encrypted = Encrypted StegCloak stream of { $count } invisible characters
stegcloak-encrypted-meaning = A hidden message made with StegCloak is present ({ $bytes } encrypted bytes). Enter the password to read it.
stegcloak-encrypted-integrity-meaning = A hidden message made with StegCloak is present ({ $bytes } encrypted bytes, with an integrity check). Enter the password to read it.
stegcloak-wrong-password-meaning = A hidden message made with StegCloak is present, but the password given does not fit it.

## Text: SNOW

snow-message = Trailing spaces and tabs on { $lines } lines encode a message
snow-message-meaning = Spaces and tabs at the ends of lines carry a hidden message: "{ $text }".
snow-layout = Trailing spaces and tabs on { $lines } lines in SNOW's layout
snow-layout-meaning = Spaces and tabs at the ends of lines are laid out the way the SNOW tool hides messages, but they do not decode to readable text: the message is probably encrypted with a password.

## Text: the date-line marker

sep-and-that = {", and that "}
dateline-marker = Date line written with { $cp } { $name } and date separator '{ $sep }'
dateline-flag-host-on-list = the custom API host is on the agent's hidden list of companies and relay services
dateline-flag-lab-keyword = the API host name contains an AI-lab keyword
dateline-flag-china-timezone = the computer's timezone is Asia/Shanghai or Asia/Urumqi
dateline-marker-meaning = The date line of an AI coding agent's system prompt encodes that { $flags }. Whoever receives this prompt can read it.
dateline-marker-none-meaning = The date line has the shape of the known marker but encodes no flags (plain apostrophe, dashes).
dateline-habit-meaning = The sentence has the form of the 2026 date-line marker and would mean that { $flags }, but the rest of this text writes { $habit ->
    [apostrophes] its apostrophes
    [dates] its dates
   *[both] its apostrophes and its dates
} the same way, so this is most likely the writer's habit, not a signal.
dateline-prose-meaning = The sentence has the wording of the 2026 date-line marker, and a date with '/' would mean in that marker that { $flags }. Here the date runs on into a person's sentence, and people write dates with '/' too, so on its own this is weak evidence.
dateline-variant = Date line written with an unexpected apostrophe { $cp } { $name }
dateline-variant-meaning = The sentence "{ $sentence }" has the shape of a known covert marker but uses a character the known scheme does not; it may be a variant of it.

## Text: bidirectional controls

bidi-unbalanced = Unbalanced bidirectional controls ({ $count } on this line)
bidi-overrides = Bidirectional override characters ({ $count } on this line)
bidi-marks-rtl = Bidirectional marks in right-to-left text ({ $count } on this line)
bidi-marks-ltr = Bidirectional marks in left-to-right text ({ $count } on this line)
bidi-isolates-mixed = Bidirectional isolates in mixed-direction text ({ $count } on this line)
bidi-embedding = Bidirectional embedding or isolate characters ({ $count } on this line)
bidi-reorder-meaning = Characters that reorder text are present, so what you see is not the order the text is read in. A reader sees "{ $shown }"; a program reads "{ $logical }".
bidi-ordinary-meaning = Direction marks help right-to-left and left-to-right text sit together; here they look ordinary.

## Text: variation selectors and tags

variation-selector-in-word = Variation selector hidden inside a word
variation-selector-stray = Stray variation selector
variation-selector-in-word-meaning = An invisible variation selector follows a letter it does not apply to: the word (or a name in code) looks the same but is different text, which defeats search and comparison and can mark a copy.
variation-selector-stray-meaning = A variation selector follows a character it does not apply to. It is invisible and harmless alone, but it should not be there.
variation-selectors = { $count } variation selectors in a row
variation-selectors-message-meaning = Invisible variation selectors carry a hidden message: "{ $text }".
variation-selectors-few-meaning = { $count } invisible variation selectors follow each other. They read as no message (too few to carry one); most often a copy-and-paste slip after an emoji.
variation-selectors-bytes-meaning = { $count } invisible variation selectors carry { $bytes } hidden bytes that are not readable text (possibly encrypted or binary).
tag-characters = { $count } invisible tag characters
tag-characters-meaning = Invisible Unicode tag characters spell out hidden text: "{ $text }".
tag-characters-unreadable-meaning = Invisible tag characters that spell nothing readable were found outside any flag emoji.

## Text: web addresses

domain-overlay = { $cp } { $name } is drawn over the letter before it
domain-double-dot = a dot above is added to an `i` or `j`, which already has one
domain-mark-on-plain = { $cp } { $name } is added to a plain letter
domain-not-identifier = { $cp } { $name } is not allowed in identifiers (UTS #39: { $type })
look-alike-domain = The address "{ $host }" has a deceptive name: { $why }
look-alike-domain-meaning = A browser would show this name as xn--… instead of in letters, because it can pass for another address ("{ $label }" looks like "{ $shown }"). Do not trust the link.

## Text: spaces, controls, private use, rare punctuation

exotic-space-meaning = { $name } looks like an ordinary space but is a different character. Common in edited text; it can also mark a copy.
exotic-space-filler-meaning = { $name } is a letter that shows as blank; it is used to make names or messages look empty or to hide a marker.
terminal-escape-meaning = Terminal escape characters can hide, recolour or overwrite text when this is shown in a terminal or log.
control-character-meaning = Control characters do not belong in ordinary text; programs may treat them differently and they can hide content.
control-character-mojibake-meaning = These { $count } control character(s) are part of garbled text (mojibake): text written in UTF-8 was read as Windows-1252 or Latin-1, so characters such as { $meant } turned into runs of accented letters and controls. A conversion error, not a hidden signal.
private-use-character = { $count } × { $cp } (private use)
unassigned-character = { $count } × { $cp } (unassigned)
private-use-character-meaning = A character with no agreed meaning: it shows differently in different programs (often an icon font).
rare-punctuation = { $count } × { $cp } { $name } used as { $role }
rare-punctuation-meaning = { $name } looks like an ordinary { $role } ({ $ascii }) but is a rare character people do not type; programs use such look-alikes to mark text or hide a signal.
full-width-punctuation-meaning = A full-width { $role } (used in Chinese and Japanese) appears in text that is not; it looks almost the same as the ordinary one.
domain-mixed-scripts = it mixes { $scripts } characters
domain-whole-script = every letter is a { $script } look-alike of a Latin one

## Highlights and decodings: labels shown on marked characters and decoders' names
mark-character = { $cp } { $name }
mark-invalid-bytes = invalid byte(s)
mark-zero-width = zero-width encoding
mark-date-written-as = date written as { $pattern }
mark-look-alike = look-alike of '{ $of }'
mark-looks-like = { $cp } { $name } looks like '{ $of }'
mark-whitespace-data = hidden data in trailing whitespace
mark-dateline-apostrophe = date-line marker: apostrophe
mark-dateline-separator = date-line marker: date separator
mark-dateline-unexpected = unexpected apostrophe in a date line
mark-stray-selector = stray variation selector
mark-deceptive-address = deceptive address
mark-stegcloak = StegCloak hidden message
mark-tag-text = hidden text in tag characters
mark-selector-bytes = hidden bytes in variation selectors
scheme-display-order = display order (Unicode Bidirectional Algorithm)
scheme-dateline = Claude Code date-line marker (npm 2.1.91–2.1.197)
scheme-skeleton = confusable skeleton (UTS #39)
scheme-host-label = host label (IDN display rules, UTS #39)
scheme-stegcloak-plain = StegCloak (not encrypted)
scheme-stegcloak-decrypted = StegCloak (decrypted with the given password)
scheme-stegcloak-encrypted = StegCloak (encrypted)
scheme-stegcloak-wrong-password = StegCloak (encrypted; the password does not fit)
scheme-tags = Unicode tag characters (ASCII smuggling)
scheme-snow-encrypted = SNOW (stegsnow -p), encrypted: detected, not decoded
scheme-best-guess = best guess, not convincing: { $scheme }

## Summaries of a text check

summary-text-clean = Nothing unusual: every character in this text is what it looks like, and no hidden encoding was found.
summary-text-nothing = Nothing unusual was found.
summary-text-notice = Nothing hidden was found. There is something unusual but common and usually harmless: { $meaning }{ $others ->
    [0] {""}
    [one] {" "}1 other finding is listed below.
   *[other] {" "}{ $others } other findings are listed below.
}
summary-text-suspicious = This text contains characters that are not what they look like, but no known hidden-message scheme was decoded. { $meaning }{ $others ->
    [0] {""}
    [one] {" "}1 other finding is listed below.
   *[other] {" "}{ $others } other findings are listed below.
}
summary-text-covert = This text carries a hidden signal. { $meaning }{ $others ->
    [0] {""}
    [one] {" "}1 other finding is listed below.
   *[other] {" "}{ $others } other findings are listed below.
}
summary-truncated = { $summary } Only the first { $bytes } bytes were read; the rest was not checked.

## Documents and e-mails ($how and $place are the reader's own words, in English for now)

doc-hidden-instruction = Hidden instruction to AI readers in { $place } ({ $how }): «{ $text }»
doc-hidden-instruction-meaning = Someone wrote an instruction for the AI tools that read this file (a screener, an assistant summarising it) and hid it from people: { $how }. A person opening the document does not see it. Do not let AI tools act on this document; ask the sender about it. (Recognised by: «{ $phrase }».)
doc-hidden-text = Hidden text ({ $how }) in { $place }: «{ $text }»{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more place(s)
}
doc-hidden-text-meaning = This text is in the document but formatted so that a person does not see it. Programs that read the file do. Check what it says and why it is there.
doc-hidden-text-web-meaning = A web page or e-mail hides this text from view. Short hidden texts are common there (a preview line, menus); read it to be sure it says nothing you should know.
doc-hidden-sheet = Content in { $how } in { $place }: «{ $text }»{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more place(s)
}
doc-hidden-sheet-meaning = Words are kept where a person opening the workbook does not see them. Programs that read the file do.
doc-hidden-sheet-plain-meaning = Hidden cells hold ordinary numbers or codes, as helper columns do. Worth knowing, not alarming.
doc-hidden-placement = Text not shown: { $how } in { $place }: «{ $text }»{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more place(s)
}
doc-hidden-placement-meaning = This text is in the file but placed where the slide show or the printed page does not show it. Programs that extract the text do read it.
doc-unseen-part = The document has { $how } in { $place }: «{ $text }»{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more place(s)
}
doc-unseen-part-meaning = Comments and speaker notes travel with the file but are not on the page. They were checked like the rest of the text; listed so that you know they are there.
doc-alternative-mismatch = The HTML version says what the plain-text version does not: «{ $text }»
doc-alternative-mismatch-meaning = This e-mail carries two versions of its text and they disagree. Your mail program shows one; filters, previews and assistants may use the other. Check which one is true before acting on it.

## Notes: limits that were reached, and how a large text was read.
note-marks-capped = Only the first { $max } highlights are listed.
note-dates-capped = { $count } dates: the inventory lists the first { $max }; pattern counts cover all.
note-occurrences-capped = More than { $max } unusual characters: only the first { $max } are examined one by one; counts cover all.
note-rule-capped = { $rule }: { $count } findings, the first { $max } are listed.
note-characters-capped = { $count } distinct characters: the inventory lists the { $max } most notable.
note-segments = Checked in { $count } segments of about { $mib } MiB (the text is { $bytes } bytes): a pattern spanning two segments may be reported in two parts; columns on a line longer than a segment count from the segment's start; NFC/NFKC views are not produced.
note-findings-dropped = { $count } further findings not listed (at most { $max } per rule).
note-views-too-large = The cleaned and revealed views are not included: the text is larger than { $mib } MiB.
note-read-capped = Only the first { $bytes } bytes were read (limit for input with no known end); the rest was not checked.
