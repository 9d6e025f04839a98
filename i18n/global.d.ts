import type { routing } from './routing';
import type Answer from '../locales/en/Answer.json';
import type Board from '../locales/en/Board.json';
import type CohortFacilitator from '../locales/en/CohortFacilitator.json';
import type CohortMember from '../locales/en/CohortMember.json';
import type CohortReport from '../locales/en/CohortReport.json';
import type Diagrams from '../locales/en/Diagrams.json';
import type ErrorPage from '../locales/en/ErrorPage.json';
import type Errors from '../locales/en/Errors.json';
import type Header from '../locales/en/Header.json';
import type Home from '../locales/en/Home.json';
import type HostConsole from '../locales/en/HostConsole.json';
import type HostSetup from '../locales/en/HostSetup.json';
import type Join from '../locales/en/Join.json';
import type Learn from '../locales/en/Learn.json';
import type Meta from '../locales/en/Meta.json';
import type NotFound from '../locales/en/NotFound.json';
import type Play from '../locales/en/Play.json';
import type Quiz from '../locales/en/Quiz.json';
import type Report from '../locales/en/Report.json';

// The English files are the typed source of truth for message keys; pt/ mirrors them.
// A new namespace (a new locales/en/X.json) gets a line here.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: {
      Answer: typeof Answer;
      Board: typeof Board;
      CohortFacilitator: typeof CohortFacilitator;
      CohortMember: typeof CohortMember;
      CohortReport: typeof CohortReport;
      Diagrams: typeof Diagrams;
      ErrorPage: typeof ErrorPage;
      Errors: typeof Errors;
      Header: typeof Header;
      Home: typeof Home;
      HostConsole: typeof HostConsole;
      HostSetup: typeof HostSetup;
      Join: typeof Join;
      Learn: typeof Learn;
      Meta: typeof Meta;
      NotFound: typeof NotFound;
      Play: typeof Play;
      Quiz: typeof Quiz;
      Report: typeof Report;
    };
  }
}
