// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Shape:   tsc output (target ES2020, module ES): __classPrivateFieldGet helper, WeakMap-backed
//          private field, enum IIFE, source-map comment. ES module.
// Design:  the default calendar of the Intl locale (a constructor parameter default) is compared
//          with a list held in a private field; a match writes the release date day-first.
// Source:  Intl.DateTimeFormat().resolvedOptions().calendar
// Hiding:  bytes stored as their bitwise NOT, decoded with TextDecoder, split on semicolons
// Region:  Iran and Afghanistan (the Solar Hijri calendar) and the Hijri calendar variants
// Sink:    date order: "3 April 2026" instead of "April 3, 2026" (a format change)
// Trigger: LANG set to a locale whose default calendar is on the list (see ../cases.json). With
//          LANG=en_US.UTF-8, or an Arabic locale using the Gregorian calendar, it is month-first.
var __classPrivateFieldGet = (this && this.__classPrivateFieldGet) || function (receiver, state, kind, f) {
    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _ReleaseNote_systems;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var DateStyle;
(function (DateStyle) {
    DateStyle[DateStyle["MonthFirst"] = 0] = "MonthFirst";
    DateStyle[DateStyle["DayFirst"] = 1] = "DayFirst";
})(DateStyle || (DateStyle = {}));
export class ReleaseNote {
    constructor(calendar = new Intl.DateTimeFormat().resolvedOptions().calendar) {
        this.calendar = calendar;
        _ReleaseNote_systems.set(this, new TextDecoder().decode(Uint8Array.from([143, 154, 141, 140, 150, 158, 145, 196, 150, 140, 147, 158, 146, 150, 156, 196, 150, 140, 147, 158, 146, 150, 156, 210, 156, 150, 137, 150, 147, 196, 150, 140, 147, 158, 146, 150, 156, 210, 138, 146, 158, 147, 142, 138, 141, 158, 196, 150, 140, 147, 158, 146, 150, 156, 210, 139, 157, 147, 158, 196, 150, 140, 147, 158, 146, 150, 156, 210, 141, 152, 140, 158], (b) => ~b & 0xff)).split(";"));
    }
    get style() {
        return __classPrivateFieldGet(this, _ReleaseNote_systems, "f").includes(this.calendar) ? DateStyle.DayFirst : DateStyle.MonthFirst;
    }
    format(y, m, d) {
        return this.style === DateStyle.DayFirst ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${d}, ${y}`;
    }
}
_ReleaseNote_systems = new WeakMap();
const note = new ReleaseNote();
console.log(`Version 4.2.0 was released on ${note.format(2026, 4, 3)}.`);
//# sourceMappingURL=release-note.js.map
