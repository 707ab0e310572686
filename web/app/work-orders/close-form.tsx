import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorBox } from '../errors';
import { CLOSE_WORK_ORDER } from '../graphql/work-orders';
import type { Step, WorkOrderDetail } from './types';

type Answer = { checked?: boolean | null; numberValue?: string; textValue?: string; comment?: string };

const localInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

/** Closes an IN_PROGRESS order: the closure and an answer per checklist step. */
export function CloseForm({ order, onDone }: { order: WorkOrderDetail; onDone: () => void }) {
  const [close, { loading, error }] = useMutation(CLOSE_WORK_ORDER);
  const [start, setStart] = useState(localInput(order.startedAt ? new Date(order.startedAt) : new Date(Date.now() - 3600_000)));
  const [end, setEnd] = useState(localInput(new Date()));
  const [manHours, setManHours] = useState('1');
  const [comments, setComments] = useState('');
  const [materials, setMaterials] = useState('');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const steps = order.steps.filter((s) => s.answerType !== 'HEADER' && s.answerType !== 'INSTRUCTION');
  const setAnswer = (step: Step, a: Answer) => setAnswers({ ...answers, [step.id]: { ...answers[step.id], ...a } });

  const submit = async () => {
    const checklist = steps
      .filter((s) => answers[s.id])
      .map((s) => ({ stepId: s.id, checked: answers[s.id]!.checked ?? null, numberValue: answers[s.id]!.numberValue || null, textValue: answers[s.id]!.textValue ?? null, comment: answers[s.id]!.comment ?? null }));
    try {
      await close({
        variables: {
          id: order.id,
          version: order.version,
          closure: { actualStart: new Date(start).toISOString(), actualEnd: new Date(end).toISOString(), manHours, comments, materials },
          checklist,
        },
      });
      onDone();
    } catch {
      // shown below through `error`
    }
  };

  return (
    <section className="panel" data-testid="close-form">
      <h2>Close the order</h2>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="inline">
          <label>Started<input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} required /></label>
          <label>Finished<input type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} required /></label>
          <label>Man-hours<input inputMode="decimal" value={manHours} onChange={(e) => setManHours(e.target.value)} required /></label>
        </div>
        {steps.length > 0 && (
          <fieldset>
            <legend>Checklist</legend>
            {steps.map((s) => (
              <div key={s.id} className="step">
                <span>{s.order}. {s.description}{s.unit ? ` (${s.unit})` : ''}{s.min || s.max ? <span className="muted"> {s.min ?? '…'}–{s.max ?? '…'}</span> : null}</span>
                {s.answerType === 'CHECK' && (
                  <label className="check"><input type="checkbox" checked={answers[s.id]?.checked ?? false} onChange={(e) => setAnswer(s, { checked: e.target.checked })} /> Done</label>
                )}
                {(s.answerType === 'NUMBER' || s.answerType === 'MEASUREMENT') && (
                  <input inputMode="decimal" placeholder="Value" value={answers[s.id]?.numberValue ?? ''} onChange={(e) => setAnswer(s, { numberValue: e.target.value })} />
                )}
                {(s.answerType === 'TEXT' || s.answerType === 'PHOTO') && (
                  <input placeholder="Answer" value={answers[s.id]?.textValue ?? ''} onChange={(e) => setAnswer(s, { textValue: e.target.value })} />
                )}
                <input placeholder="Comment" value={answers[s.id]?.comment ?? ''} onChange={(e) => setAnswer(s, { comment: e.target.value })} />
              </div>
            ))}
          </fieldset>
        )}
        <label>Comments<textarea rows={3} value={comments} onChange={(e) => setComments(e.target.value)} required /></label>
        <label>Materials<textarea rows={2} value={materials} onChange={(e) => setMaterials(e.target.value)} /></label>
        <ErrorBox error={error} />
        <div className="inline">
          <button type="submit" disabled={loading}>Close order</button>
          <button type="button" className="link" onClick={onDone}>Cancel</button>
        </div>
      </form>
    </section>
  );
}
