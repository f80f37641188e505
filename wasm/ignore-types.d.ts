// The parsed form of a .discretignore file (parseIgnoreFile in ignore.js).
export interface ParsedIgnore {
  paths: { glob: string; where: string; re: RegExp }[];
  allow: string[];
  disabledRules: string[];
}
