// Vite's `?raw` imports (the tests load index.html as text).
declare module '*.html?raw' {
  const html: string;
  export default html;
}
