// Search for the zhibiao catalogue reference: filters indicator definitions and template rows by
// name, alias and explanation as the reader types. No network, no libraries; the page reads the
// same without it. `index.html#q=出警率` opens with a search filled in.
(function () {
  'use strict';
  var box = document.getElementById('q');
  var count = document.getElementById('count');
  var nothing = document.getElementById('nothing');
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-search]'));
  var keys = items.map(function (el) { return norm(el.getAttribute('data-search')); });

  // Case, spaces and the many quote marks (“三公”经费 / "三公经费") do not matter when searching.
  function norm(text) {
    return (text || '').toLowerCase().replace(/[\s"'“”‘’「」『』]/g, '');
  }

  function apply() {
    var q = norm(box.value);
    var defs = 0;
    var rows = 0;
    items.forEach(function (el, i) {
      var hit = q === '' || keys[i].indexOf(q) >= 0;
      el.hidden = !hit;
      if (hit && el.tagName === 'ARTICLE') { defs++; }
      if (hit && el.tagName === 'TR') { rows++; }
    });
    regroup();
    count.textContent = q === '' ? '' : '匹配：' + defs + ' 个指标定义，' + rows + ' 行模板指标';
    nothing.hidden = q === '' || defs + rows > 0;
  }

  // Label the first visible row of each 一级 and 二级, and hide sections left with nothing to show.
  function regroup() {
    Array.prototype.forEach.call(document.querySelectorAll('section.tpl'), function (section) {
      var l1 = null;
      var l2 = null;
      var any = false;
      Array.prototype.forEach.call(section.querySelectorAll('table.tree tbody tr'), function (tr) {
        if (tr.hidden) { return; }
        any = true;
        var a = tr.getAttribute('data-l1');
        var b = a + '\u0000' + tr.getAttribute('data-l2');
        tr.classList.toggle('s1', a !== l1);
        tr.classList.toggle('s2', b !== l2);
        l1 = a;
        l2 = b;
      });
      section.hidden = !any;
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.lib'), function (section) {
      section.hidden = section.querySelector('article.def:not([hidden])') === null;
    });
  }

  box.addEventListener('input', apply);
  if (location.hash.indexOf('#q=') === 0) {
    box.value = decodeURIComponent(location.hash.slice(3));
  }
  apply();
  document.body.setAttribute('data-ready', String(items.length));
  console.log('zhibiao docs ready: ' + items.length + ' searchable items');
}());
