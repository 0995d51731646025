import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { Link } from "@/ui/link";
import { useDestinationTypes } from "@/api/destination-types";
import { useTopics } from "@/api/topics";
import { useDocumentTitle } from "@/ui/use-document-title";
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

const STEP_TITLES = { type: "choose a type", topics: "choose topics", configure: "configure" };

/** The guided flow: type → topics → configure. Its position lives in the URL. */
export default function CreateDestinationPage() {
  const types = useDestinationTypes();
  const topics = useTopics();
  const [params] = useUrlParams();
  const navigate = useNavigate();
  const state = readCreateState(params);
  useDocumentTitle(`Add destination: ${STEP_TITLES[state.step]}`);
  const go = (search: string, replace = false) =>
    navigate(pathTo("newDestination", {}, search), { replace });
  useStepFocus(state.step);

  const type = types.data?.find((t) => t.type === state.type);
  // No topics configured: the step is skipped and every topic ("*") is subscribed.
  const skipTopics = topics.isSuccess && topics.data.length === 0;

  let content;
  if (state.step === "type" || !type) {
    content = (
      <>
        {state.type && !type && (
          <p role="alert" className="mb-4 text-sm text-danger">
            “{state.type}” isn't a destination type offered here. Choose one below.
          </p>
        )}
        <TypeStep
          types={types.data ?? []}
          nextHref={(t) =>
            pathTo(
              "newDestination",
              {},
              createSearch(
                skipTopics
                  ? { type: t, step: "configure", topics: "*" }
                  : { type: t, step: "topics", topics: state.topics },
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
          Which events should {type.label} receive?
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
            Back
          </Link>
          <Button
            variant="primary"
            aria-disabled={empty || undefined}
            aria-describedby={empty ? "topics-required" : undefined}
            onClick={() =>
              !empty && go(createSearch({ type: type.type, step: "configure", topics: value }))
            }
          >
            Continue
          </Button>
        </div>
        {empty && (
          <p id="topics-required" className="text-sm text-fg-muted">
            Choose at least one topic, or all topics, to continue.
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
      <BackLink to={pathTo("destinations")}>All destinations</BackLink>
      <h1 className="mb-4 text-xl font-semibold">Add a destination</h1>
      <StepIndicator
        current={state.step === "topics" && skipTopics ? "configure" : state.step}
        skipTopics={skipTopics}
      />
      <QueryState
        query={allQueries(types, topics)}
        errorTitle="Couldn't load destination types"
        isEmpty={([available]) => available.length === 0}
        empty={
          <StateMessage title="No destination types are available">
            Ask your provider to enable a destination type.
          </StateMessage>
        }
      >
        {() => content}
      </QueryState>
    </div>
  );
}
