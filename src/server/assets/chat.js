/* The chat on /: streams answers from POST /api/ask/stream, keeps the last turns for follow-ups
   ("那宁波呢？"), and sends feedback to POST /api/feedback. */
(function () {
  'use strict';
  var A = window.ZhengceAnswer;
  var HISTORY_MAX = 10;
  var form = document.getElementById('ask-form');
  var input = document.getElementById('question');
  var button = document.getElementById('ask-button');
  var log = document.getElementById('chat-log');
  var status = document.getElementById('ask-status');
  var history = [];
  var busy = false;

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function feedbackControls(question, answer) {
    var box = A.el('div', { class: 'feedback' }, [A.el('span', { text: '这个回答有帮助吗？' })]);
    function send(helpful, comment) {
      var body = { question: question, answer: answer, helpful: helpful };
      if (comment) body.comment = comment;
      box.textContent = '正在提交……';
      fetch('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
        .then(function (res) { return res.ok ? '感谢您的反馈。' : A.errorMessage(res); })
        .catch(function () { return '反馈提交失败，请稍后再试。'; })
        .then(function (text) { box.textContent = text; });
    }
    var yes = A.el('button', { type: 'button', text: '有帮助' });
    var no = A.el('button', { type: 'button', text: '没帮助' });
    yes.addEventListener('click', function () { send(true); });
    no.addEventListener('click', function () {
      var id = 'fb-' + Date.now();
      var note = A.el('textarea', { id: id, rows: '2', maxlength: '2000' });
      var submit = A.el('button', { type: 'button', text: '提交' });
      box.replaceChildren(A.el('label', { for: id, text: '哪里没有帮助？（可选）' }), note, submit);
      submit.addEventListener('click', function () { send(false, note.value.trim()); });
      note.focus();
    });
    box.append(yes, no);
    return box;
  }

  function render(bubble, body, question) {
    bubble.classList.toggle('refused', body.refused);
    var text = A.el('p', { class: 'answer-text' }, A.answerNodes(body.answer, body.citations));
    bubble.replaceChildren(A.el('span', { class: 'who', text: '政策问答' }), text);
    var sources = A.sourcesList(body.citations);
    if (sources) bubble.appendChild(sources);
    bubble.appendChild(feedbackControls(question, body.answer));
  }

  async function ask(question) {
    if (busy) return;
    busy = true;
    button.disabled = true;
    status.textContent = '正在检索规划原文……';
    var empty = document.getElementById('chat-empty');
    if (empty) empty.remove();
    log.appendChild(A.el('div', { class: 'msg msg-user' }, [A.el('span', { class: 'who', text: '我' }), A.el('p', { class: 'answer-text', text: question })]));
    var bubble = A.el('div', { class: 'msg msg-assistant', 'aria-busy': 'true' }, [A.el('p', { class: 'pending', text: '正在回答……' })]);
    log.appendChild(bubble);
    scrollDown();
    var request = { question: question, history: history.slice(-HISTORY_MAX) };
    try {
      var res = await fetch('/api/ask/stream', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify(request),
      });
      if (!res.ok) throw new Error(await A.errorMessage(res));
      var draft = '';
      var citations = [];
      var done = null;
      await A.readEvents(res, function (event, data) {
        if (event === 'citations') citations = data;
        else if (event === 'delta') {
          draft += data.text;
          bubble.replaceChildren(A.el('span', { class: 'who', text: '政策问答' }), A.el('p', { class: 'answer-text' }, A.answerNodes(draft, citations)));
          scrollDown();
        } else if (event === 'done') done = data;
        else if (event === 'error') throw new Error(data.message);
      });
      if (!done) throw new Error('回答中断，请重试。');
      render(bubble, done, question);
      history.push({ role: 'user', content: question }, { role: 'assistant', content: done.answer.slice(0, 4000) });
      status.textContent = done.refused ? '规划中没有找到相关内容。' : '已回答，引用 ' + done.citations.length + ' 条规划原文。';
    } catch (error) {
      bubble.classList.add('refused');
      bubble.replaceChildren(A.el('span', { class: 'who', text: '政策问答' }), A.el('p', { class: 'answer-text', text: error.message || '服务暂时不可用，请稍后再试。' }));
      status.textContent = '';
    } finally {
      bubble.setAttribute('aria-busy', 'false');
      busy = false;
      button.disabled = false;
      scrollDown();
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question) {
      status.textContent = '请先输入问题。';
      input.focus();
      return;
    }
    input.value = '';
    ask(question);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  document.querySelectorAll('.example').forEach(function (example) {
    example.addEventListener('click', function () {
      input.value = example.getAttribute('data-question');
      form.requestSubmit();
    });
  });

  document.getElementById('reset-button').addEventListener('click', function () {
    history = [];
    log.replaceChildren(A.el('p', { class: 'chat-empty', id: 'chat-empty', text: '对话已清空。' }));
    status.textContent = '';
    input.focus();
  });
})();
