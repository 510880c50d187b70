import { render } from 'preact';

function Popup() {
  return <main><h1>Echt</h1><p>{browser.i18n.getMessage('extDescription')}</p></main>;
}

render(<Popup />, document.getElementById('app')!);
