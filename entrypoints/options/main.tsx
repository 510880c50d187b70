import { render } from 'preact';

function Options() {
  return <main><h1>Echt – team rules</h1></main>;
}

render(<Options />, document.getElementById('app')!);
