"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useEffect } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerInputProps } from "./types";

function SortableRow(props: {
  id: string;
  position: number;
  text: string;
  count: number;
  locked: boolean;
  right?: boolean;
  move: (from: number, to: number) => void;
}) {
  const t = useT();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: props.id,
    disabled: props.locked,
  });
  return (
    <li
      ref={setNodeRef}
      className={`sortable-item${isDragging ? " is-dragging" : ""}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-option-id={props.id}
    >
      <button
        type="button"
        className="drag-handle"
        aria-label={props.text}
        {...attributes}
        {...listeners}
        disabled={props.locked}
      >
        ⠿
      </button>
      <span className="position" aria-hidden="true">
        {props.position + 1}.
      </span>
      <span className="text">{props.text}</span>
      {props.right !== undefined && <span aria-hidden="true">{props.right ? "✓" : "✗"}</span>}
      {!props.locked && (
        <>
          <button
            type="button"
            className="icon-btn"
            aria-label={t("quiz.moveUp", { item: props.text })}
            disabled={props.position === 0}
            onClick={() => props.move(props.position, props.position - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={t("quiz.moveDown", { item: props.text })}
            disabled={props.position === props.count - 1}
            onClick={() => props.move(props.position, props.position + 1)}
          >
            ↓
          </button>
        </>
      )}
    </li>
  );
}

/** Put items in order: drag (mouse or touch), the keyboard (space on the handle, then arrows), or ↑/↓ buttons. */
export function OrderingAnswer({ question, lang, value, onChange, solution }: TAnswerInputProps) {
  const t = useT();
  const order = (value as string[] | null) ?? question.options.map((option) => option.id);
  useEffect(() => {
    if (value === null) onChange(question.options.map((option) => option.id));
  }, [value, onChange, question.options]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 120, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const move = (from: number, to: number) => onChange(arrayMove(order, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  };
  const textOf = (id: string) => question.options.find((option) => option.id === id)?.text[lang] ?? id;
  const key = solution as string[] | undefined;

  return (
    <>
      {!key && <p className="hint">{t("quiz.orderingHint")}</p>}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol className="sortable" aria-label={question.prompt[lang]}>
            {order.map((id, position) => (
              <SortableRow
                key={id}
                id={id}
                position={position}
                count={order.length}
                text={textOf(id)}
                locked={Boolean(key)}
                right={key ? key[position] === id : undefined}
                move={move}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </>
  );
}
