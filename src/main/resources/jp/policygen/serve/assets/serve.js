// policygen serve: the working state of long requests. A form marked data-busy shows its message and blocks a
// second click while the server works (making the documents takes seconds); the page the server answers with
// replaces it. Without JavaScript the form works the same, only without the message.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var message = form.getAttribute("data-busy");
  if (!message) {
    return;
  }
  if (form.getAttribute("aria-busy") === "true") {
    event.preventDefault(); // already sent: a second click would make the same files twice
    return;
  }
  form.setAttribute("aria-busy", "true");
  var status = form.querySelector(".busy");
  if (!status) {
    status = document.createElement("p");
    status.className = "busy";
    status.setAttribute("role", "status");
    form.appendChild(status);
  }
  status.textContent = message;
});

// The clause editor: 「本文を置き換える」 starts from the clause's current text (the box's data-current), not an empty
// box; the text it put there goes again when the choice changes to one that starts empty (追記, 削除, 変更しない).
// Without JavaScript the current text is shown under the box to copy.
document.addEventListener("change", function (event) {
  var radio = event.target;
  if (radio.name !== "kind" || !radio.checked || !radio.form) {
    return;
  }
  var box = radio.form.querySelector("textarea[data-current]");
  if (!box) {
    return;
  }
  var current = box.getAttribute("data-current");
  if (radio.value === "replace") {
    if (box.value.trim() === "") {
      box.value = current;
    }
  } else if (box.value === current) {
    box.value = "";
  }
});
