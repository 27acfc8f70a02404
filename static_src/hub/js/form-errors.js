// After a failed submission, move keyboard and screen-reader focus to the error summary, whose
// links lead to each field in error (the page still works without JavaScript).
const summary = document.getElementById("erreurs");
if (summary) {
  summary.focus();
}
