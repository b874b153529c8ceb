/** "1 article", "2 articles": a count with its noun, for the build's messages. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
