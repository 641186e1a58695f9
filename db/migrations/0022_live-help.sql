CREATE TABLE "chat_agents" (
	"email" text PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'away' NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visitor_id" text NOT NULL,
	"user_id" text,
	"cart_id" uuid,
	"email" text,
	"locale" text NOT NULL,
	"status" text DEFAULT 'bot' NOT NULL,
	"assigned_to" text,
	"page" text,
	"started_by" text DEFAULT 'shopper' NOT NULL,
	"unread_by_agent" integer DEFAULT 0 NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "chat_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"author" text NOT NULL,
	"agent_name" text,
	"body" text NOT NULL,
	"image" text,
	"client_id" text,
	"meta" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "chat_assisted" text;--> statement-breakpoint
ALTER TABLE "chat_conversations" ADD CONSTRAINT "chat_conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_conversations" ADD CONSTRAINT "chat_conversations_cart_id_carts_id_fk" FOREIGN KEY ("cart_id") REFERENCES "public"."carts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_conversation_id_chat_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."chat_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_conversations_visitor_idx" ON "chat_conversations" USING btree ("visitor_id","last_message_at");--> statement-breakpoint
CREATE INDEX "chat_conversations_user_idx" ON "chat_conversations" USING btree ("user_id","last_message_at");--> statement-breakpoint
CREATE INDEX "chat_conversations_cart_idx" ON "chat_conversations" USING btree ("cart_id");--> statement-breakpoint
CREATE INDEX "chat_conversations_inbox_idx" ON "chat_conversations" USING btree ("status","last_message_at");--> statement-breakpoint
CREATE INDEX "chat_messages_conversation_idx" ON "chat_messages" USING btree ("conversation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "chat_messages_client_idx" ON "chat_messages" USING btree ("conversation_id","client_id");--> statement-breakpoint
-- Every change to a conversation or a new message is announced (payload: the conversation id; a change
-- of an agent's status: 'presence') in
-- the writing transaction: shopper and agent streams on every instance read what is new.
CREATE OR REPLACE FUNCTION announce_chat_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Separate statements: each is prepared only when it runs, and each table has only its own column.
  IF TG_TABLE_NAME = 'chat_messages' THEN
    PERFORM pg_notify('chat_changes', NEW.conversation_id::text);
  ELSIF TG_TABLE_NAME = 'chat_agents' THEN
    -- Who is online changed: every open widget says again whether a person can answer.
    PERFORM pg_notify('chat_changes', 'presence');
  ELSE
    PERFORM pg_notify('chat_changes', NEW.id::text);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER chat_messages_announce AFTER INSERT ON chat_messages FOR EACH ROW EXECUTE FUNCTION announce_chat_change();
--> statement-breakpoint
CREATE TRIGGER chat_conversations_announce AFTER INSERT OR UPDATE ON chat_conversations FOR EACH ROW EXECUTE FUNCTION announce_chat_change();

--> statement-breakpoint
CREATE TRIGGER chat_agents_announce AFTER INSERT OR UPDATE OF status ON chat_agents FOR EACH ROW EXECUTE FUNCTION announce_chat_change();
