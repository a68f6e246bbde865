/** `.css` files are bundled as minified text (see build.ts) and put in the shadow root's <style>. */
declare module "*.css" {
  const css: string;
  export default css;
}
