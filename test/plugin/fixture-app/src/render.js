export function render(supertasks, caption) {
  const lines = supertasks.map((supertask) => `${supertask.title}: ${supertask.flexibleItems.length} items`);
  const text = [caption, ...lines].join('\n');
  if (typeof document === 'undefined') console.log(text);
  else document.getElementById('app').textContent = text;
}
