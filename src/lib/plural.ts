/** "1 article", "12 articles". */
export function articleCount(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'article' : 'articles'}`;
}
