"use strict";
// What: tsc CommonJS output of a setup script that reads the distribution ID from /etc/os-release
//   and prints the install command for the system's package manager.
// Why clean: a TypeScript enum of package managers and an open table of readable distribution IDs
//   (ID and ID_LIKE); the distribution and the chosen command are printed, so any change by
//   environment is one a reader sees.
// Near miss of: covert/osrelease-tsenum-base36-dotgroup.cjs (os-release + tsc enum).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.installCommand = exports.PackageManager = void 0;
const node_fs_1 = __importDefault(require("node:fs"));
var PackageManager;
(function (PackageManager) {
    PackageManager[PackageManager["Apt"] = 0] = "Apt";
    PackageManager[PackageManager["Dnf"] = 1] = "Dnf";
    PackageManager[PackageManager["Apk"] = 2] = "Apk";
    PackageManager[PackageManager["Pacman"] = 3] = "Pacman";
    PackageManager[PackageManager["Zypper"] = 4] = "Zypper";
})(PackageManager || (exports.PackageManager = PackageManager = {}));
const BY_ID = {
    debian: PackageManager.Apt, ubuntu: PackageManager.Apt, astra: PackageManager.Apt,
    fedora: PackageManager.Dnf, rhel: PackageManager.Dnf, almalinux: PackageManager.Dnf,
    alpine: PackageManager.Apk, arch: PackageManager.Pacman, opensuse: PackageManager.Zypper,
};
const COMMANDS = ["apt-get install -y", "dnf install -y", "apk add", "pacman -S --noconfirm", "zypper install -y"];
function osRelease() {
    try {
        // TEST HOOK: FIXTURE_OS_RELEASE stands in for /etc/os-release.
        const text = process.env.FIXTURE_OS_RELEASE || node_fs_1.default.readFileSync("/etc/os-release", "utf8");
        return Object.fromEntries(text.split("\n").map((l) => /^([A-Z_]+)=("?)(.*)\2$/.exec(l)).filter(Boolean).map((m) => [m[1], m[3]]));
    }
    catch {
        return {};
    }
}
function installCommand(pkgs) {
    const rel = osRelease();
    const ids = [rel.ID, ...(rel.ID_LIKE || "").split(" ")].filter(Boolean);
    const pm = ids.map((id) => BY_ID[id]).find((v) => v !== undefined);
    const name = rel.PRETTY_NAME || rel.NAME || "unknown Linux";
    if (pm === undefined)
        return `${name}: unknown package manager, install ${pkgs.join(", ")} by hand`;
    return `${name} (${PackageManager[pm].toLowerCase()}): sudo ${COMMANDS[pm]} ${pkgs.join(" ")}`;
}
exports.installCommand = installCommand;
console.log(installCommand(["git", "build-essential", "libssl-dev"]));
