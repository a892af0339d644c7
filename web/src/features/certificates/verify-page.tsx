/** Placeholder: replaced by the page itself. */
function Placeholder() {
  return null;
}

export { Placeholder as Component };
