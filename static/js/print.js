// «Skriv ut» on resource pages: the button is hidden until this script shows it (no script, no button).
document.querySelectorAll(".js-print").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
});
