"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeRoleAction, removeMemberAction } from "@/app/b/[business]/members/actions";
import type { Role } from "@/lib/db/generated/enums";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { controlClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** Change a member's role, or remove them (with a confirmation). */
export function MemberRowActions(props: { slug: string; membershipId: string; role: Role; name: string; roleChoices: Role[] }) {
  const t = useTranslations("members");
  const roles = useTranslations("roles");
  const [roleState, roleAction] = useActionState(changeRoleAction.bind(null, props.slug), IDLE);
  const [removeState, removeAction] = useActionState(removeMemberAction.bind(null, props.slug), IDLE);
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <form key={formKey(roleState)} action={roleAction} className="flex items-center gap-2">
          <input type="hidden" name="membershipId" value={props.membershipId} />
          <label className="sr-only" htmlFor={`role-${props.membershipId}`}>
            {t("roleFor", { name: props.name })}
          </label>
          <select id={`role-${props.membershipId}`} name="role" defaultValue={props.role} className={`${controlClass} w-36`}>
            {props.roleChoices.map((r) => (
              <option key={r} value={r}>
                {roles(r)}
              </option>
            ))}
          </select>
          <SubmitButton variant="secondary" aria-label={t("saveRoleFor", { name: props.name })}>
            {t("saveRole")}
          </SubmitButton>
        </form>
        <form
          action={removeAction}
          onSubmit={(e) => {
            if (!window.confirm(t("confirmRemove", { name: props.name }))) e.preventDefault();
          }}
        >
          <input type="hidden" name="membershipId" value={props.membershipId} />
          <SubmitButton variant="danger" aria-label={t("removeNamed", { name: props.name })}>
            {t("remove")}
          </SubmitButton>
        </form>
      </div>
      <FormStatus state={roleState} />
      <FormStatus state={removeState} />
    </div>
  );
}
