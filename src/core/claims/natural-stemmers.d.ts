/** natural's stemmers, imported one by one by module path (its package root loads database clients and dotenv). */
declare module 'natural/lib/natural/stemmers/*' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
