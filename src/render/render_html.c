/* render_html.c: the timeline as one self-contained HTML page (inline CSS and
 * JS, no network). Every entry is rendered server-side, so the page reads with
 * JS disabled; the context of a sentence sits in a native <details> (keyboard
 * and screen-reader friendly without JS). The script only adds the filter box
 * (pre-filled from "#q=..." so tests and links can open a filtered view).
 * Every datum goes through HTML escaping; links are emitted for http(s) URLs
 * only. */
#include <string.h>
#include "render_internal.h"

static const char html_css[] =
    ":root{--bg:#fbfaf7;--fg:#1f2328;--muted:#5f6670;--rule:#d9d4c7;--accent:#9a3412;"
    "--card:#fff;--mark:#fde68a;--ctx:#f3efe6;--link:#1d4ed8;color-scheme:light dark}\n"
    "@media (prefers-color-scheme:dark){:root{--bg:#16181c;--fg:#e6e3dc;--muted:#a3a8b0;"
    "--rule:#3a3d44;--accent:#fb923c;--card:#1e2127;--mark:#854d0e;--ctx:#262a31;--link:#93c5fd}}\n"
    "*{box-sizing:border-box}\n"
    "html{-webkit-text-size-adjust:100%}\n"
    "body{margin:0;background:var(--bg);color:var(--fg);"
    "font:17px/1.6 Charter,'Bitstream Charter','Sitka Text',Cambria,Georgia,serif}\n"
    ".wrap{max-width:50rem;margin:0 auto;padding:2rem 1.25rem 4rem}\n"
    "header h1{font:700 2rem/1.2 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 0 .4rem}\n"
    ".meta,.tl-src,.tl-n,.tl-count,label,.sources{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}\n"
    ".meta{color:var(--muted);margin:0 0 1.25rem;font-size:.9rem}\n"
    ".tl-filter{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:0 0 2rem;"
    "position:sticky;top:0;background:var(--bg);padding:.6rem 0;z-index:1;border-bottom:1px solid var(--rule)}\n"
    ".tl-filter label{font-weight:600;font-size:.9rem}\n"
    ".tl-filter input{flex:1 1 16rem;font:1rem system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;padding:.45rem .7rem;border:1px solid var(--rule);"
    "border-radius:.4rem;background:var(--card);color:var(--fg)}\n"
    ".tl-filter input:focus{outline:2px solid var(--accent);outline-offset:1px}\n"
    ".tl-count{color:var(--muted);font-size:.85rem;margin:0}\n"
    ".tl-years{display:flex;flex-wrap:wrap;gap:.3rem .9rem;margin:-1rem 0 1.6rem;font:600 .85rem system-ui,"
    "-apple-system,'Segoe UI',Roboto,sans-serif}\n"
    ".tl-years a{color:var(--accent);text-decoration:none}\n.tl-years a:hover{text-decoration:underline}\n"
    ".tl{list-style:none;margin:0;padding:0 0 0 1.6rem;border-left:2px solid var(--rule)}\n"
    ".tl-date{position:relative;margin:0 0 2.2rem;scroll-margin-top:5rem}\n"
    ".tl-date::before{content:'';position:absolute;left:calc(-1.6rem - 7px);top:.55rem;width:12px;height:12px;"
    "border-radius:50%;background:var(--bg);border:3px solid var(--accent)}\n"
    ".tl-date h2{font:700 1.15rem/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 0 .6rem;"
    "color:var(--accent);letter-spacing:.02em}\n"
    ".tl-n{font-weight:400;font-size:.8rem;color:var(--muted);margin-left:.5rem;letter-spacing:0}\n"
    ".tl-gran{font-size:.7rem;font-weight:600;text-transform:uppercase;border:1px solid currentColor;"
    "border-radius:.3rem;padding:0 .3rem;margin-left:.4rem;vertical-align:.15em}\n"
    ".tl-items{list-style:none;margin:0;padding:0}\n"
    ".tl-item{background:var(--card);border:1px solid var(--rule);border-radius:.5rem;padding:.7rem .95rem;overflow-wrap:break-word;"
    "margin:0 0 .6rem;break-inside:avoid}\n"
    ".tl-text{margin:0}\n"
    ".tl-item summary{cursor:pointer;list-style:none;border-radius:.25rem}\n"
    ".tl-item summary::-webkit-details-marker{display:none}\n"
    ".tl-item summary::after{content:' \\25B8';color:var(--muted);font-size:.85em}\n"
    ".tl-item details[open] summary::after{content:' \\25BE'}\n"
    ".tl-item summary:hover .tl-s{text-decoration:underline dotted var(--muted)}\n"
    ".tl-item summary:focus-visible{outline:2px solid var(--accent);outline-offset:2px}\n"
    ".tl-ctx{margin:.6rem 0 .2rem;padding:.6rem .8rem;background:var(--ctx);border-left:3px solid var(--accent);"
    "border-radius:.25rem;font-size:.95rem;color:var(--muted)}\n"
    ".tl-ctx p{margin:0}\n"
    ".tl-hit{background:var(--mark);color:inherit;border-radius:.15rem}\n"
    ".tl-ctx mark{background:var(--mark);color:var(--fg);padding:0 .1em;border-radius:.15rem}\n"
    ".tl-src{margin:.35rem 0 0;font-size:.8rem;color:var(--muted);overflow-wrap:anywhere}\n"
    ".tl-src a,.sources a{color:var(--link)}\n"
    ".tl-pub{opacity:.85}\n"
    ".tl-empty{color:var(--muted);font-style:italic}\n"
    ".sources{margin-top:3rem;border-top:1px solid var(--rule);padding-top:1rem;font-size:.85rem}\n"
    ".sources h2{font-size:1.1rem}\n"
    ".sources li{margin:.2rem 0;overflow-wrap:anywhere}\n"
    ".sources code{color:var(--muted);font-size:.8em}\n"
    ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\n"
    "[hidden]{display:none!important}\n"
    "@media (max-width:36rem){body{font-size:16px}.wrap{padding:1.2rem .8rem 3rem}.tl{padding-left:1.1rem}"
    ".tl-date::before{left:calc(-1.1rem - 7px)}header h1{font-size:1.5rem}}\n"
    "@media print{:root{--bg:#fff;--fg:#000;--card:#fff;--muted:#444}.tl-filter,.tl-years{display:none!important}"
    "body{font-size:11pt}.tl-item{border:0;padding:.2rem 0}.tl-item summary::after{content:''}"
    ".sources a::after{content:' <' attr(href) '>';font-size:.85em}.tl-date{break-inside:avoid-page}}\n";

/* Filter: accent- and case-insensitive, every word must match the sentence or
 * its sources; dates without a visible sentence are hidden. "#q=..." pre-fills
 * it; "/" focuses it, Escape clears it. */
static const char html_js[] =
    "(function(){'use strict';\n"
    "var form=document.querySelector('.tl-filter'),q=document.getElementById('tl-q'),"
    "count=document.getElementById('tl-count');\n"
    "if(!form||!q)return;\n"
    "var items=[].slice.call(document.querySelectorAll('.tl-item')),"
    "dates=[].slice.call(document.querySelectorAll('.tl-date'));\n"
    "function fold(s){s=s.toLowerCase();return s.normalize?s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,''):s;}\n"
    "items.forEach(function(li){var t='';[].forEach.call(li.querySelectorAll('.tl-s,.tl-src'),"
    "function(e){t+=' '+e.textContent;});li.tlText=fold(t);});\n"
    /* Highlight: fold one UTF-16 unit at a time so offsets in the folded
       text are offsets in the original. */
    "function foldKeep(s){var r='';for(var i=0;i<s.length;i++){var c=s.charAt(i),"
    "f=(c.normalize?c.normalize('NFD'):c).charAt(0).toLowerCase().charAt(0);r+=f||c;}return r;}\n"
    "function hilite(sp,words){if(sp.tlOrig===undefined){if(!words.length)return;sp.tlOrig=sp.textContent;}\n"
    " var t=sp.tlOrig,f=foldKeep(t),hits=[],pos=0;\n"
    " words.forEach(function(w){for(var i=f.indexOf(w);i>=0;i=f.indexOf(w,i+w.length))hits.push([i,i+w.length]);});\n"
    " hits.sort(function(a,b){return a[0]-b[0];});sp.textContent='';\n"
    " hits.forEach(function(h){var a=Math.max(h[0],pos);if(h[1]<=a)return;"
    "sp.appendChild(document.createTextNode(t.slice(pos,a)));var m=document.createElement('mark');"
    "m.className='tl-hit';m.textContent=t.slice(a,h[1]);sp.appendChild(m);pos=h[1];});\n"
    " sp.appendChild(document.createTextNode(t.slice(pos)));}\n"
    "function apply(){var words=fold(q.value).split(/\\s+/).filter(Boolean),shown=0;\n"
    " items.forEach(function(li){var ok=words.every(function(w){return li.tlText.indexOf(w)>=0;});"
    "li.hidden=!ok;if(ok)shown++;var sp=li.querySelector('.tl-s');if(sp)hilite(sp,ok?words:[]);});\n"
    " dates.forEach(function(d){d.hidden=!d.querySelector('.tl-item:not([hidden])');});\n"
    " count.textContent=(words.length?count.dataset.match:count.dataset.all).replace('{n}',shown)"
    ".replace('{total}',items.length);}\n"
    "var m=/(?:^#|&)q=([^&]*)/.exec(location.hash);\n"
    "if(m){var v=m[1].replace(/\\+/g,' ');try{v=decodeURIComponent(v);}catch(e){}q.value=v;}\n"
    "q.addEventListener('input',apply);\n"
    "form.addEventListener('submit',function(e){e.preventDefault();});\n"
    "document.addEventListener('keydown',function(e){if(e.key==='/'&&document.activeElement!==q)"
    "{e.preventDefault();q.focus();}else if(e.key==='Escape'&&document.activeElement===q){q.value='';apply();}});\n"
    "form.hidden=false;apply();})();\n";

/* The page's own words, in the language most of its documents are written in
 * (a French collection gets a French page); "{n}" and "{total}" are filled
 * in by the script. Language knowledge as data: add a row for a language. */
typedef struct {
  const char *lang, *timeline, *filter, *placeholder, *sources, *sources_label, *undated, *no_events;
  const char *date[2], *sentence[2], *source[2], *article[2];
  const char *story, *in_context, *month, *year, *count_all, *count_match, *years;
  int singular_zero; /* 1 when 0 takes the singular ("0 phrase") */
} html_ui;

static const html_ui html_uis[] = {
    {"en", "Timeline", "Filter", "Words, names, sources\xe2\x80\xa6 (press /)", "Sources", "Sources: ",
     "Undated", "No dated events.", {"date", "dates"}, {"sentence", "sentences"}, {"source", "sources"},
     {"article", "articles"}, "story", " (show in context)", "month", "year", "{total} sentences",
     "{n} of {total} sentences match", "Years", 0},
    {"fr", "Chronologie", "Filtrer", "Mots, noms, sources\xe2\x80\xa6 (touche /)", "Sources", "Sources : ",
     "Sans date", "Aucun \xc3\xa9v\xc3\xa9nement dat\xc3\xa9.", {"date", "dates"}, {"phrase", "phrases"},
     {"source", "sources"}, {"article", "articles"}, "sujet", " (voir dans son contexte)", "mois",
     "ann\303\251e", "{total} phrases", "{n} phrases sur {total} correspondent", "Ann\303\251es", 1},
};

static const html_ui *ui(const render_ctx *c) { return c->state; }

static const char *plural(const render_ctx *c, const char *const forms[2], size_t n) {
  return n == 1 || (n == 0 && ui(c)->singular_zero) ? forms[0] : forms[1];
}

/* The UI row of the language most documents share (ties and unknown: English). */
static const html_ui *html_pick_ui(const frise_timeline *t) {
  size_t n_ui = sizeof html_uis / sizeof *html_uis, best = 0, best_count = 0;
  for (size_t u = 1; u < n_ui; u++) {
    size_t count = 0, known = 0;
    for (size_t k = 0; t->docs && k < t->n_docs; k++) {
      const char *l = t->docs[k].lang;
      if (!l || !l[0]) continue;
      known++;
      if (strncmp(l, html_uis[u].lang, 2) == 0) count++;
    }
    if (2 * count > known && count > best_count) best = u, best_count = count;
  }
  return &html_uis[best];
}

static void put(render_ctx *c, const char *s) { frise_buf_puts(c->out, s); }
static void esc(render_ctx *c, const char *s) { render_html_text(c, c->out, s); }

static void html_lang_attr(render_ctx *c, const frise_tl_doc *d) {
  if (!d || !d->lang || !d->lang[0]) return;
  put(c, " lang=\"");
  esc(c, d->lang);
  put(c, "\"");
}

static void html_doc_link(render_ctx *c, const frise_tl_doc *d, size_t index) {
  if (!d) {
    put(c, "?");
    return;
  }
  if (render_url_ok(d->url)) {
    put(c, "<a href=\"");
    esc(c, d->url);
    put(c, "\" rel=\"noopener noreferrer\">");
  } else {
    frise_buf_printf(c->out, "<a href=\"#doc-%zu\">", index);
  }
  esc(c, render_doc_label(d));
  put(c, "</a>");
  if (d->publisher && d->publisher[0]) {
    put(c, " <span class=\"tl-pub\">(");
    esc(c, d->publisher);
    put(c, ")</span>");
  }
}

static void html_sources(render_ctx *c, const frise_tl_sentence *s) {
  put(c, "<p class=\"tl-src\"><span class=\"vh\">");
  put(c, ui(c)->sources_label);
  put(c, "</span>");
  html_doc_link(c, render_doc(c, s->doc), s->doc);
  for (size_t k = 0; s->also && k < s->n_also; k++) {
    put(c, " \xc2\xb7 ");
    html_doc_link(c, render_doc(c, s->also[k]), s->also[k]);
  }
  put(c, "</p>\n");
}

/* The sentence, openable (when context is known) to show it among its
 * neighbours in the article. */
static void html_sentence(render_ctx *c, const frise_tl_sentence *s) {
  const frise_tl_doc *d = render_doc(c, s->doc);
  const char *lang = d ? d->lang : NULL;
  put(c, "<li class=\"tl-item\"");
  html_lang_attr(c, d);
  put(c, ">");
  int has_ctx = (s->context_before && s->context_before[0]) || (s->context_after && s->context_after[0]);
  put(c, has_ctx ? "<details><summary>" : "<p class=\"tl-text\">");
  put(c, "<span class=\"tl-s\">");
  esc(c, render_sentence_text(c, s));
  put(c, "</span>");
  if (has_ctx) {
    put(c, "<span class=\"vh\">");
    put(c, ui(c)->in_context);
    put(c, "</span></summary>\n<div class=\"tl-ctx\"><p>");
    if (s->context_before) esc(c, render_clean(c, s->context_before, lang)), put(c, " ");
    put(c, "<mark>");
    esc(c, render_sentence_text(c, s));
    put(c, "</mark>");
    if (s->context_after) put(c, " "), esc(c, render_clean(c, s->context_after, lang));
    put(c, "</p></div></details>\n");
  } else {
    put(c, "</p>\n");
  }
  html_sources(c, s);
  put(c, "</li>\n");
}

static void html_entry(render_ctx *c, const frise_tl_entry *e, size_t index) {
  char iso[24];
  size_t n = render_date(&e->date, iso);
  frise_buf_printf(c->out, "<li class=\"tl-date\" id=\"e-%zu\"><h2>", index);
  if (n) frise_buf_printf(c->out, "<time datetime=\"%s\">%s</time>", iso, iso);
  else put(c, ui(c)->undated);
  if (e->date.prec == FRISE_PREC_MONTH || e->date.prec == FRISE_PREC_YEAR)
    frise_buf_printf(c->out, "<span class=\"tl-gran\">%s</span>",
                     e->date.prec == FRISE_PREC_MONTH ? ui(c)->month : ui(c)->year);
  if (e->n_articles)
    frise_buf_printf(c->out, "<span class=\"tl-n\">%zu %s</span>", e->n_articles,
                     plural(c, ui(c)->article, e->n_articles));
  put(c, "</h2>\n<ul class=\"tl-items\">\n");
  for (size_t k = 0; e->summary && k < e->n_summary; k++) html_sentence(c, &e->summary[k]);
  put(c, "</ul></li>\n");
}

static void html_head(render_ctx *c) {
  const frise_timeline *t = c->t;
  const char *title = t->title && t->title[0] ? t->title : ui(c)->timeline;
  frise_buf_printf(c->out, "<!DOCTYPE html>\n<html lang=\"%s\">\n", ui(c)->lang);
  put(c, "<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"color-scheme\" content=\"light dark\">\n"
         "<meta name=\"generator\" content=\"frise\">\n<title>");
  esc(c, title);
  put(c, "</title>\n<style>\n");
  put(c, html_css);
  put(c, "</style>\n</head>\n<body>\n<div class=\"wrap\">\n<header>\n<h1>");
  esc(c, title);
  put(c, "</h1>\n");
}

static void html_meta(render_ctx *c) {
  const frise_timeline *t = c->t;
  size_t sentences = 0;
  for (size_t k = 0; t->entries && k < t->n_entries; k++)
    if (t->entries[k].summary) sentences += t->entries[k].n_summary;
  frise_buf_printf(c->out, "<p class=\"meta\">%zu %s \xc2\xb7 %zu %s \xc2\xb7 %zu %s", t->n_entries,
                   plural(c, ui(c)->date, t->n_entries), sentences, plural(c, ui(c)->sentence, sentences),
                   t->n_docs, plural(c, ui(c)->source, t->n_docs));
  if (t->story_id) frise_buf_printf(c->out, " \xc2\xb7 %s ", ui(c)->story), esc(c, t->story_id);
  put(c, "</p>\n");
  /* Hidden until the script runs: without JS there is nothing to filter with. */
  frise_buf_printf(c->out,
                   "<form class=\"tl-filter\" role=\"search\" hidden>\n"
                   "<label for=\"tl-q\">%s</label>\n"
                   "<input id=\"tl-q\" type=\"search\" autocomplete=\"off\" placeholder=\"%s\">\n"
                   "<p id=\"tl-count\" class=\"tl-count\" role=\"status\" aria-live=\"polite\" "
                   "data-all=\"%s\" data-match=\"%s\"></p>\n</form>\n</header>\n",
                   ui(c)->filter, ui(c)->placeholder, ui(c)->count_all, ui(c)->count_match);
}

/* Links to the first entry of each year, when the timeline spans several:
 * long timelines (years of a conflict) are otherwise a long scroll. */
static void html_year_nav(render_ctx *c) {
  const frise_timeline *t = c->t;
  size_t years = 0;
  int last = 0;
  for (size_t k = 0; t->entries && k < t->n_entries; k++) {
    const frise_date *d = &t->entries[k].date;
    if (d->prec == FRISE_PREC_NONE || (years && d->year == last)) continue;
    years++, last = d->year;
  }
  if (years < 2) return;
  frise_buf_printf(c->out, "<nav class=\"tl-years\" aria-label=\"%s\">", ui(c)->years);
  years = 0;
  for (size_t k = 0; k < t->n_entries; k++) {
    const frise_date *d = &t->entries[k].date;
    if (d->prec == FRISE_PREC_NONE || (years && d->year == last)) continue;
    years++, last = d->year;
    frise_buf_printf(c->out, "<a href=\"#e-%zu\">%d</a>", k, d->year);
  }
  put(c, "</nav>\n");
}

static void html_doc_list(render_ctx *c) {
  const frise_timeline *t = c->t;
  if (!t->docs || !t->n_docs) return;
  frise_buf_printf(c->out, "<section class=\"sources\" aria-labelledby=\"src-h\">\n<h2 id=\"src-h\">%s</h2>\n<ol>\n",
                   ui(c)->sources);
  for (size_t k = 0; k < t->n_docs; k++) {
    const frise_tl_doc *d = &t->docs[k];
    char iso[24];
    frise_buf_printf(c->out, "<li id=\"doc-%zu\"", k);
    html_lang_attr(c, d);
    put(c, ">");
    if (render_url_ok(d->url)) {
      put(c, "<a href=\"");
      esc(c, d->url);
      put(c, "\" rel=\"noopener noreferrer\">");
      esc(c, render_doc_label(d));
      put(c, "</a>");
    } else {
      esc(c, render_doc_label(d));
    }
    if (d->publisher && d->publisher[0]) put(c, ", "), esc(c, d->publisher);
    if (render_date(&d->dct, iso)) frise_buf_printf(c->out, ", <time datetime=\"%s\">%s</time>", iso, iso);
    if (d->id) put(c, " <code>"), esc(c, d->id), put(c, "</code>");
    put(c, "</li>\n");
  }
  put(c, "</ol>\n</section>\n");
}

void render_html(render_ctx *c) {
  const frise_timeline *t = c->t;
  c->state = html_pick_ui(t);
  html_head(c);
  html_meta(c);
  put(c, "<main>\n");
  html_year_nav(c);
  if (!t->entries || !t->n_entries) frise_buf_printf(c->out, "<p class=\"tl-empty\">%s</p>\n", ui(c)->no_events);
  else put(c, "<ol class=\"tl\">\n");
  for (size_t k = 0; t->entries && k < t->n_entries; k++) html_entry(c, &t->entries[k], k);
  if (t->entries && t->n_entries) put(c, "</ol>\n");
  put(c, "</main>\n");
  html_doc_list(c);
  put(c, "</div>\n<script>\n");
  put(c, html_js);
  put(c, "</script>\n</body>\n</html>\n");
}
