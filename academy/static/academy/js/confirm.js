// Asks before a destructive submit: <button data-confirm="Frage?">. Loaded as a file, so the
// strict Content-Security-Policy needs no 'unsafe-inline'.
document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-confirm]");
    if (button && !window.confirm(button.dataset.confirm)) {
        event.preventDefault();
    }
});
