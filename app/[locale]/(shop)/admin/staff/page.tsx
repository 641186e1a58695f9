import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InviteForm, RoleForm } from "@/components/admin/staff-forms";
import { staffPage } from "@/lib/admin/access";
import { loadStaff } from "@/lib/admin/pages";
import { localeTags, type Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/staff">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.staff" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Who works in the admin; an admin invites people and changes roles here (staff see the list only). */
export default async function StaffPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const member = await staffPage();
  const [t, staff] = await Promise.all([getTranslations("admin.staff"), loadStaff()]);
  const date = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium" });
  const roles = { shopper: t("roles.shopper"), staff: t("roles.staff"), admin: t("roles.admin") };
  const isAdmin = member.role === "admin";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <div className="overflow-x-auto rounded-lg border border-line">
        <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2 text-start">{t("email")}</th>
              <th scope="col" className="p-2 text-start">{t("signedIn")}</th>
              <th scope="col" className="p-2 text-start">{t("since")}</th>
              <th scope="col" className="p-2 text-start">{t("role")}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((person) => (
              <tr key={person.id} className="border-b border-line">
                <th scope="row" className="p-2 text-start font-normal">
                  <span dir="ltr">{person.email}</span>
                  {person.id === member.id ? <span className="text-muted"> ({t("you")})</span> : null}
                  {person.name ? <span className="block text-muted">{person.name}</span> : null}
                </th>
                <td className="p-2">{person.signedIn ? t("yes") : t("notYet")}</td>
                <td className="p-2 whitespace-nowrap">{date.format(person.since)}</td>
                <td className="p-2">
                  {isAdmin && person.id !== member.id ? (
                    <RoleForm userId={person.id} role={person.role} label={`${t("changeRole")}: ${person.email}`} roles={roles} save={t("save")} />
                  ) : (
                    roles[person.role]
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin ? <InviteForm text={{ title: t("inviteTitle"), email: t("email"), role: t("role"), roles, invite: t("invite") }} /> : <p>{t("onlyAdmins")}</p>}
    </div>
  );
}
