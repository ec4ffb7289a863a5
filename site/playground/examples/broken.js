// This config is wrong in several places: Run shows each problem with its JSON path.
export function greet(name) {
  return `Hello ${name}!`;
}
