import "server-only";
import { notFound } from "next/navigation";
import { auth } from "@/lib/accounts/auth";

/** Someone who works in the admin: staff run orders and the catalog; admins also roles and payment settings. */
export interface StaffMember {
  id: string;
  email: string;
  role: "staff" | "admin";
}

/** The signed-in staff member, or null for a shopper or a signed-out request. */
export async function currentStaff(): Promise<StaffMember | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email || (user.role !== "staff" && user.role !== "admin")) return null;
  return { id: user.id, email: user.email, role: user.role };
}

/** An admin page: a plain 404 for anyone but staff (an admin area is not advertised). */
export async function staffPage(): Promise<StaffMember> {
  const member = await currentStaff();
  if (!member) notFound();
  return member;
}

export type StaffRefusal = { status: "forbidden" };

/** For a server action: the staff member, or a refusal to answer with (nothing is done). */
export async function staffAction(): Promise<StaffMember | StaffRefusal> {
  return (await currentStaff()) ?? { status: "forbidden" };
}

export const isRefusal = (value: StaffMember | StaffRefusal): value is StaffRefusal => "status" in value;
