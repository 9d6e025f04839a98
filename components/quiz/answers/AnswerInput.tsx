'use client';
import dynamic from 'next/dynamic';
import { ChoiceAnswer } from './ChoiceAnswer';
import { MatchingAnswer } from './MatchingAnswer';
import { MultipleAnswer } from './MultipleAnswer';
import { OrderingAnswer } from './OrderingAnswer';
import { ShortAnswer } from './ShortAnswer';
import { SortingAnswer } from './SortingAnswer';
import type { AnswerInputProps } from './styles';
import { TrueFalseAnswer } from './TrueFalseAnswer';

// The two inputs drawn on a diagram carry the drawings and the diagram content (~18 KB gzip):
// loaded when such a question comes, not with every page that can ask one (a player's phone).
// The placeholder keeps roughly the figure's room so the page does not jump when it arrives.
const diagramPlaceholder = () => <div aria-hidden="true" className="min-h-72" />;
const HotspotAnswer = dynamic(() => import('./HotspotAnswer').then((m) => m.HotspotAnswer), { loading: diagramPlaceholder });
const LabellingAnswer = dynamic(() => import('./LabellingAnswer').then((m) => m.LabellingAnswer), { loading: diagramPlaceholder });

/**
 * The controls for answering one question of any type, by mouse, touch, keyboard or screen
 * reader. Knows nothing of where the answer goes (live game or self-paced): it calls
 * `onSubmit` once the learner sends. Its state resets when the question changes.
 */
export function AnswerInput({ question, disabled, onSubmit }: AnswerInputProps) {
  const props = { question, disabled, onSubmit };
  const key = `${question.index}:${question.id}`;
  switch (question.type) {
    case 'single':
    case 'poll':
      return <ChoiceAnswer key={key} {...props} />;
    case 'truefalse':
      return <TrueFalseAnswer key={key} {...props} />;
    case 'multiple':
      return <MultipleAnswer key={key} {...props} />;
    case 'short':
      return <ShortAnswer key={key} {...props} />;
    case 'ordering':
      return <OrderingAnswer key={key} {...props} />;
    case 'matching':
      return <MatchingAnswer key={key} {...props} />;
    case 'sorting':
      return <SortingAnswer key={key} {...props} />;
    case 'hotspot':
      return <HotspotAnswer key={key} {...props} />;
    case 'labelling':
      return <LabellingAnswer key={key} {...props} />;
  }
}
