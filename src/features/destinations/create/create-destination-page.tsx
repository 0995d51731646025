import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { Link } from "@/ui/link";
import { useDestinationTypes } from "@/api/destination-types";
import { useTopics } from "@/api/topics";
import { useDocumentTitle } from "@/ui/use-document-title";
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { portalConfig } from "@/config/portal-config";
import { pathTo } from "@/lib/paths";
import { BackLink } from "@/ui/back-link";
import { Button, buttonClasses } from "@/ui/button";
import { allQueries, QueryState } from "@/ui/query-state";
import { useUrlParams } from "@/lib/use-url-params";
import { StateMessage } from "@/ui/state-message";
import { TopicPicker } from "@/features/destinations/topics/topic-picker";
import { ConfigureStep } from "./configure-step";
import { createSearch, readCreateState } from "./create-steps";
import { StepIndicator } from "./step-indicator";
import { TypeStep } from "./type-step";

/**
 * Moving between steps keeps the page (only the query changes), so the layout's
 * focus-on-navigation doesn't run: focus the new step's heading here instead.
 */
function useStepFocus(step: string) {
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    const heading = document.querySelector<HTMLElement>("[data-step-heading]");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [step]);
}

/** The guided flow: type → topics → configure. Its position lives in the URL. */
export default function CreateDestinationPage() {
  const t = useT();
  const types = useDestinationTypes();
  const topics = useTopics();
  const [params] = useUrlParams();
  const navigate = useNavigate();
  const state = readCreateState(params);
  useDocumentTitle(t("create.documentTitle", { step: state.step }));
  const go = (search: string, replace = false) =>
    navigate(pathTo("newDestination", {}, search), { replace });
  useStepFocus(state.step);

  const type = types.data?.find((candidate) => candidate.type === state.type);
  // No topics configured: the step is skipped and every topic ("*") is subscribed.
  const skipTopics = topics.isSuccess && topics.data.length === 0;

  let content;
  if (state.step === "type" || !type) {
    content = (
      <>
        {state.type && !type && (
          <p role="alert" className="mb-4 text-sm text-danger">
            <Message
              id="create.unknownType"
              values={{ type: <bdi translate="no">{state.type}</bdi> }}
            />
          </p>
        )}
        <TypeStep
          types={types.data ?? []}
          nextHref={(next) =>
            pathTo(
              "newDestination",
              {},
              createSearch(
                skipTopics
                  ? { type: next, step: "configure", topics: "*" }
                  : { type: next, step: "topics", topics: state.topics },
              ),
            )
          }
        />
      </>
    );
  } else if (state.step === "topics" && !skipTopics) {
    const value = state.topics ?? [];
    const empty = value !== "*" && value.length === 0;
    content = (
      <section aria-labelledby="topics-heading" className="grid gap-4">
        <h2 id="topics-heading" data-step-heading className="text-base font-semibold outline-none">
          <Message
            id="create.topicsHeading"
            values={{ type: <bdi translate="no">{type.label}</bdi> }}
          />
        </h2>
        <TopicPicker
          available={topics.data ?? []}
          value={value}
          allowWildcards={portalConfig().topicsAllowWildcards}
          onChange={(next) =>
            go(createSearch({ type: type.type, step: "topics", topics: next }), true)
          }
        />
        <div className="flex flex-wrap justify-between gap-2">
          <Link to={pathTo("newDestination")} className={buttonClasses()}>
            {t("create.back")}
          </Link>
          <Button
            variant="primary"
            aria-disabled={empty || undefined}
            aria-describedby={empty ? "topics-required" : undefined}
            onClick={() =>
              !empty && go(createSearch({ type: type.type, step: "configure", topics: value }))
            }
          >
            {t("create.continue")}
          </Button>
        </div>
        {empty && (
          <p id="topics-required" className="text-sm text-fg-muted">
            {t("create.topicsRequired")}
          </p>
        )}
      </section>
    );
  } else {
    content = (
      <ConfigureStep
        key={type.type}
        type={type}
        topics={skipTopics ? "*" : (state.topics ?? "*")}
        onBack={() =>
          skipTopics
            ? go("")
            : go(createSearch({ type: type.type, step: "topics", topics: state.topics }))
        }
      />
    );
  }

  return (
    <div>
      <BackLink to={pathTo("destinations")}>{t("create.allDestinations")}</BackLink>
      <h1 className="mb-4 text-xl font-semibold">{t("create.heading")}</h1>
      <StepIndicator
        current={state.step === "topics" && skipTopics ? "configure" : state.step}
        skipTopics={skipTopics}
      />
      <QueryState
        query={allQueries(types, topics)}
        errorTitle={t("create.typesLoadError")}
        isEmpty={([available]) => available.length === 0}
        empty={
          <StateMessage title={t("create.noTypesTitle")}>{t("create.noTypesBody")}</StateMessage>
        }
      >
        {() => content}
      </QueryState>
    </div>
  );
}
