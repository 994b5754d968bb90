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
