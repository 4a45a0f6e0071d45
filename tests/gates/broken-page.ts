/**
 * A page that breaks every browser gate at once: no lang, an image without alt, low-contrast text,
 * a link without a focus indicator, late content that shifts the layout, and a request to another
 * origin. The gates' self-tests (tests/e2e/gates.spec.ts) and every site walk (tests/walk/) run on
 * it first to show that they can fail.
 */
export const BROKEN_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>broken</title>
<style>.ghost{color:#bbb;background:#fff} a.nofocus:focus,a.nofocus:focus-visible{outline:none;box-shadow:none}</style></head>
<body><main><p class="ghost">Low-contrast text</p><img src="/_astro/missing.png">
<a class="nofocus" href="#x">No focus ring</a><span id="x" tabindex="-1">x</span>
<div id="late"></div><p>Text that late content pushes down.</p>
<img src="http://example.invalid/pixel.png" alt="">
<script>setTimeout(() => { document.getElementById('late').innerHTML = '<p style="height:300px">Late banner</p>'; }, 200);</script>
</main></body></html>`;
