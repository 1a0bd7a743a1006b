import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
