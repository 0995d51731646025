import { useMemo } from "react";
import type { DestinationField, DestinationType } from "@/api/types";
import { t, useLocale, type MessageId } from "@/i18n/i18n";
import type { Locale } from "@/i18n/locales";

/*
 * Outpost's /destination-types sends English: type descriptions, field labels and
 * descriptions. For the types Outpost ships, the catalogues hold translations, keyed by
 * type and field key (`typeInfo.*`). One is used only while the server's English is the
 * English it translates (kept beside each id below, equal to en.later.json): a deployment that words a field its
 * own way, a newer Outpost's new field or an unknown type keep the server's text, marked
 * as English (`labelInEnglish`…) so it renders with lang="en" translate="no".
 * Product names (the type's label, option labels) are data and stay as sent.
 */

export interface LocalizedField extends DestinationField {
  /** The label is the server's English, shown inside another language. */
  labelInEnglish?: boolean;
  descriptionInEnglish?: boolean;
}

export interface LocalizedType extends DestinationType {
  config_fields: LocalizedField[];
  credential_fields: LocalizedField[];
  descriptionInEnglish?: boolean;
}

/** A message and the English it translates (en.later.json's text; a test keeps them equal). */
type Known = readonly [id: MessageId, english: string];

interface FieldIds {
  label: Known;
  description?: Known;
}

interface TypeIds {
  description: Known;
  fields: Record<string, FieldIds>;
}

const AWS_KEYS = {
  key: {
    label: ["typeInfo.aws.accessKey.label", "Access Key ID"],
    description: [
      "typeInfo.aws.accessKey.description",
      "The access key ID of an IAM user or role allowed to write to the target.",
    ],
  },
  secret: {
    label: ["typeInfo.aws.secret.label", "Secret Access Key"],
    description: [
      "typeInfo.aws.secret.description",
      "The secret access key paired with the access key ID.",
    ],
  },
  session: {
    label: ["typeInfo.aws.session.label", "Session Token"],
    description: [
      "typeInfo.aws.session.description",
      "Only needed for temporary credentials issued by AWS STS.",
    ],
  },
} satisfies Record<string, FieldIds>;

/** Message ids by type, then by field key (config and credential keys don't overlap). */
const KNOWN: Record<string, TypeIds> = {
  webhook: {
    description: [
      "typeInfo.webhook.description",
      "Deliver each event as a signed HTTP POST request to a URL you control.",
    ],
    fields: {
      url: {
        label: ["typeInfo.webhook.url.label", "Webhook URL"],
        description: [
          "typeInfo.webhook.url.description",
          "The http(s) address that receives the POST requests.",
        ],
      },
      custom_headers: {
        label: ["typeInfo.webhook.headers.label", "Custom Headers"],
        description: [
          "typeInfo.webhook.headers.description",
          "Extra HTTP headers added to every request, for example an API key your endpoint expects.",
        ],
      },
    },
  },
  hookdeck: {
    description: [
      "typeInfo.hookdeck.description",
      "Forward events to a Hookdeck Event Gateway source for routing, filtering and replay.",
    ],
    fields: {
      token: {
        label: ["typeInfo.hookdeck.token.label", "Hookdeck Token"],
        description: [
          "typeInfo.hookdeck.token.description",
          "The source token generated in the Hookdeck dashboard.",
        ],
      },
    },
  },
  aws_sqs: {
    description: [
      "typeInfo.awsSqs.description",
      "Send each event as a message to an Amazon SQS queue.",
    ],
    fields: {
      queue_url: {
        label: ["typeInfo.awsSqs.queueUrl.label", "Queue URL"],
        description: [
          "typeInfo.awsSqs.queueUrl.description",
          "For example https://sqs.us-east-1.amazonaws.com/123456789012/my-queue.",
        ],
      },
      key: AWS_KEYS.key,
      secret: AWS_KEYS.secret,
    },
  },
  aws_kinesis: {
    description: [
      "typeInfo.awsKinesis.description",
      "Put each event as a record on an Amazon Kinesis data stream.",
    ],
    fields: {
      stream_name: {
        label: ["typeInfo.awsKinesis.stream.label", "Stream Name"],
        description: ["typeInfo.awsKinesis.stream.description", "Name of the Kinesis data stream."],
      },
      region: {
        label: ["typeInfo.aws.region.label", "AWS Region"],
        description: [
          "typeInfo.awsKinesis.region.description",
          "Region of the stream, such as us-east-1.",
        ],
      },
      endpoint: {
        label: ["typeInfo.endpoint.label", "Endpoint"],
        description: [
          "typeInfo.awsKinesis.endpoint.description",
          "Custom endpoint, for LocalStack or a VPC endpoint. Leave empty for AWS.",
        ],
      },
      partition_key_template: {
        label: ["typeInfo.partitionKey.label", "Partition Key Template"],
        description: [
          "typeInfo.awsKinesis.partitionKey.description",
          "JMESPath expression evaluated against the event to pick the partition key.",
        ],
      },
      ...AWS_KEYS,
    },
  },
  aws_s3: {
    description: [
      "typeInfo.awsS3.description",
      "Write each event as a JSON object into an Amazon S3 bucket.",
    ],
    fields: {
      bucket: {
        label: ["typeInfo.awsS3.bucket.label", "Bucket Name"],
        description: ["typeInfo.awsS3.bucket.description", "Name of the target bucket."],
      },
      region: {
        label: ["typeInfo.aws.region.label", "AWS Region"],
        description: [
          "typeInfo.awsS3.region.description",
          "Region of the bucket, such as eu-west-1.",
        ],
      },
      key_template: {
        label: ["typeInfo.awsS3.keyTemplate.label", "Object Key Template"],
        description: [
          "typeInfo.awsS3.keyTemplate.description",
          "JMESPath expression producing each object's key. Defaults to the event time and ID.",
        ],
      },
      storage_class: {
        label: ["typeInfo.awsS3.storageClass.label", "S3 Storage Class"],
        description: [
          "typeInfo.awsS3.storageClass.description",
          "Storage class of written objects, for example STANDARD or GLACIER.",
        ],
      },
      ...AWS_KEYS,
    },
  },
  gcp_pubsub: {
    description: [
      "typeInfo.gcpPubsub.description",
      "Publish each event as a message on a Google Cloud Pub/Sub topic.",
    ],
    fields: {
      project_id: {
        label: ["typeInfo.gcpPubsub.project.label", "Project ID"],
        description: [
          "typeInfo.gcpPubsub.project.description",
          "The Google Cloud project that owns the topic.",
        ],
      },
      topic: {
        label: ["typeInfo.topic.label", "Topic"],
        description: ["typeInfo.gcpPubsub.topic.description", "Name of the Pub/Sub topic."],
      },
      endpoint: {
        label: ["typeInfo.endpoint.label", "Endpoint"],
        description: [
          "typeInfo.gcpPubsub.endpoint.description",
          "Custom endpoint such as an emulator address. Leave empty for Google Cloud.",
        ],
      },
      service_account_json: {
        label: ["typeInfo.gcpPubsub.serviceAccount.label", "Service Account JSON"],
        description: [
          "typeInfo.gcpPubsub.serviceAccount.description",
          "Contents of the service account key file.",
        ],
      },
    },
  },
  azure_servicebus: {
    description: [
      "typeInfo.azureServicebus.description",
      "Send each event to an Azure Service Bus queue or topic.",
    ],
    fields: {
      name: {
        label: ["typeInfo.azureServicebus.name.label", "Queue or Topic Name"],
        description: [
          "typeInfo.azureServicebus.name.description",
          "Name of the queue or topic inside the namespace.",
        ],
      },
      connection_string: {
        label: ["typeInfo.azureServicebus.connection.label", "Connection String"],
        description: [
          "typeInfo.azureServicebus.connection.description",
          "Connection string of a policy allowed to send.",
        ],
      },
    },
  },
  rabbitmq: {
    description: [
      "typeInfo.rabbitmq.description",
      "Publish each event to a RabbitMQ exchange over AMQP.",
    ],
    fields: {
      server_url: {
        label: ["typeInfo.rabbitmq.server.label", "Server URL"],
        description: ["typeInfo.rabbitmq.server.description", "Broker address as host:port."],
      },
      exchange: {
        label: ["typeInfo.rabbitmq.exchange.label", "Exchange"],
        description: [
          "typeInfo.rabbitmq.exchange.description",
          "Exchange that receives the messages.",
        ],
      },
      tls: {
        label: ["typeInfo.tls.label", "TLS"],
        description: ["typeInfo.rabbitmq.tls.description", "Connect with AMQPS."],
      },
      username: {
        label: ["typeInfo.username.label", "Username"],
        description: [
          "typeInfo.rabbitmq.username.description",
          "User that may publish to the exchange.",
        ],
      },
      password: {
        label: ["typeInfo.password.label", "Password"],
        description: ["typeInfo.rabbitmq.password.description", "Password of that user."],
      },
    },
  },
  kafka: {
    description: [
      "typeInfo.kafka.description",
      "Produce each event as a record on an Apache Kafka topic.",
    ],
    fields: {
      brokers: {
        label: ["typeInfo.kafka.brokers.label", "Brokers"],
        description: [
          "typeInfo.kafka.brokers.description",
          "Comma-separated host:port list of bootstrap brokers.",
        ],
      },
      topic: {
        label: ["typeInfo.topic.label", "Topic"],
        description: ["typeInfo.kafka.topic.description", "Kafka topic that receives the records."],
      },
      tls: {
        label: ["typeInfo.tls.label", "TLS"],
        description: ["typeInfo.kafka.tls.description", "Encrypt the connection to the brokers."],
      },
      partition_key_template: {
        label: ["typeInfo.partitionKey.label", "Partition Key Template"],
        description: [
          "typeInfo.kafka.partitionKey.description",
          "JMESPath expression evaluated against the event to pick the record key.",
        ],
      },
      sasl_mechanism: {
        label: ["typeInfo.kafka.sasl.label", "SASL Mechanism"],
        description: [
          "typeInfo.kafka.sasl.description",
          "How the client authenticates to the cluster.",
        ],
      },
      username: {
        label: ["typeInfo.username.label", "Username"],
        description: ["typeInfo.kafka.username.description", "SASL username."],
      },
      password: {
        label: ["typeInfo.password.label", "Password"],
        description: ["typeInfo.kafka.password.description", "SASL password."],
      },
    },
  },
};

/** The translation of `sent`, or null when the server's English isn't the English translated. */
function translated(known: Known | undefined, sent: string | undefined): string | null {
  if (!known || sent === undefined || known[1] !== sent) return null;
  return t(known[0]);
}

/** Every known text, for the test that keeps the English here equal to the catalogue's. */
export const KNOWN_TEXTS: readonly Known[] = Object.values(KNOWN).flatMap((type) => [
  type.description,
  ...Object.values(type.fields).flatMap((field) =>
    field.description ? [field.label, field.description] : [field.label],
  ),
]);

function localizeField(field: DestinationField, ids: FieldIds | undefined): LocalizedField {
  const label = translated(ids?.label, field.label);
  const description = translated(ids?.description, field.description);
  return {
    ...field,
    label: label ?? field.label,
    labelInEnglish: label === null || undefined,
    ...(field.description !== undefined && {
      description: description ?? field.description,
      descriptionInEnglish: (description === null && field.description !== "") || undefined,
    }),
  };
}

/** The type with its texts in `locale` where the catalogues know them (English: as sent). */
export function localizeType(type: DestinationType, locale: Locale): LocalizedType {
  if (locale === "en") return type;
  const ids = KNOWN[type.type];
  const description = translated(ids?.description, type.description);
  const fields = (list: DestinationField[]) =>
    list.map((field) => localizeField(field, ids?.fields[field.key]));
  return {
    ...type,
    description: description ?? type.description,
    descriptionInEnglish: (description === null && type.description !== "") || undefined,
    config_fields: fields(type.config_fields),
    credential_fields: fields(type.credential_fields),
  };
}

/** `localizeType` in the current locale; the same object until the type or locale changes. */
export function useLocalizedType(type: DestinationType): LocalizedType;
export function useLocalizedType(type: DestinationType | undefined): LocalizedType | undefined;
export function useLocalizedType(type: DestinationType | undefined) {
  const locale = useLocale();
  return useMemo(() => type && localizeType(type, locale), [type, locale]);
}

/** `localizeType` over a list (the type step). */
export function useLocalizedTypes(types: readonly DestinationType[]): LocalizedType[] {
  const locale = useLocale();
  return useMemo(() => types.map((type) => localizeType(type, locale)), [types, locale]);
}
