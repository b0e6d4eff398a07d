"use client";

import {
  DndContext,
  PointerSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerInputProps } from "./types";

type TPairs = Array<[string, string]>;

function Chip({ id, text, locked }: { id: string; text: string; locked: boolean }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id, disabled: locked });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <span
      ref={setNodeRef}
      className={`chip${isDragging ? " is-dragging" : ""}`}
      style={style}
      data-option-id={id}
      {...listeners}
      {...attributes}
      tabIndex={-1}
    >
      {text}
    </span>
  );
}

function Row(props: { leftId: string; leftText: string; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: props.leftId });
  return (
    <div ref={setNodeRef} className={`match-row${isOver ? " is-over" : ""}`} data-left-id={props.leftId}>
      <span className="match-left">{props.leftText}</span>
      <div className="match-slot">{props.children}</div>
    </div>
  );
}

/**
 * Match left items with right ones: drag a right item onto its row (mouse or touch), or choose it in the row's
 * select (keyboard and screen readers).
 */
export function MatchingAnswer({ question, lang, value, onChange, solution }: TAnswerInputProps) {
  const t = useT();
  const pairs = (value as TPairs | null) ?? [];
  const lefts = question.options.filter((option) => option.side === "left");
  const rights = question.options.filter((option) => option.side === "right");
  const key = solution as TPairs | undefined;
  const locked = Boolean(key);
  const rightOf = (leftId: string) => pairs.find(([left]) => left === leftId)?.[1];
  const used = new Set(pairs.map(([, right]) => right));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 80, tolerance: 6 } }),
  );

  const assign = (leftId: string, rightId: string | undefined) => {
    const rest = pairs.filter(([left, right]) => left !== leftId && right !== rightId);
    onChange(rightId ? [...rest, [leftId, rightId]] : rest);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) assign(String(over.id), String(active.id));
  };

  return (
    <>
      {!locked && <p className="hint">{t("quiz.matchingHint")}</p>}
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        {!locked && (
          <div className="match-pool" aria-hidden="true">
            {rights
              .filter((right) => !used.has(right.id))
              .map((right) => (
                <Chip key={right.id} id={right.id} text={right.text[lang]} locked={locked} />
              ))}
          </div>
        )}
        <div className="matching">
          {lefts.map((left) => {
            const chosen = rightOf(left.id);
            const correct = key?.find(([l]) => l === left.id)?.[1];
            const selectId = `match-${question.id}-${left.id}`;
            return (
              <Row key={left.id} leftId={left.id} leftText={left.text[lang]}>
                <label htmlFor={selectId} className="visually-hidden">
                  {t("quiz.matchFor", { item: left.text[lang] })}
                </label>
                <select
                  id={selectId}
                  value={chosen ?? ""}
                  disabled={locked}
                  onChange={(event) => assign(left.id, event.target.value || undefined)}
                >
                  <option value="">{t("quiz.matchChoose")}</option>
                  {rights.map((right) => (
                    <option key={right.id} value={right.id}>
                      {right.text[lang]}
                    </option>
                  ))}
                </select>
                {key && (
                  <span aria-hidden="true">
                    {correct === chosen ? " ✓" : ` ✗ → ${rights.find((right) => right.id === correct)?.text[lang] ?? ""}`}
                  </span>
                )}
              </Row>
            );
          })}
        </div>
      </DndContext>
    </>
  );
}
