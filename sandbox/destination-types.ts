export type FieldType = "text" | "checkbox" | "select" | "key_value_map";

export interface FieldSchema {
  key: string;
  type: FieldType;
  label: string;
  description: string;
  required: boolean;
  default?: string;
  sensitive?: boolean;
  pattern?: string;
  options?: Array<{ label: string; value: string }>;
}

export interface DestinationTypeSchema {
  type: string;
  label: string;
  description: string;
  icon: string;
  instructions: string;
  setup_link?: { href: string; cta: string };
  config_fields: FieldSchema[];
  credential_fields: FieldSchema[];
}

const URL_PATTERN = "^https?:\\/\\/[^\\s]+$";
const AWS_REGION_PATTERN = "^[a-z]{2}-[a-z]+-[0-9]+$";

function svg(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
}

const ICONS = {
  webhook: svg(
    '<circle cx="6" cy="17" r="2.5"/><circle cx="18" cy="17" r="2.5"/><circle cx="12" cy="6" r="2.5"/><path d="M8.5 17h7M10.8 8.2 7.2 14.8M13.2 8.2l3.6 6.6"/>',
  ),
  hookdeck: svg('<path d="M8 4v9a4 4 0 0 0 8 0v-1"/><path d="m13 9 3 3 3-3"/>'),
  aws_sqs: svg(
    '<rect x="3" y="6" width="18" height="12" rx="2"/><path d="M7 10h2M11 10h2M15 10h2M7 14h10"/>',
  ),
  aws_kinesis: svg(
    '<path d="M3 8c3-3 6 3 9 0s6 3 9 0M3 12c3-3 6 3 9 0s6 3 9 0M3 16c3-3 6 3 9 0s6 3 9 0"/>',
  ),
  aws_s3: svg(
    '<ellipse cx="12" cy="6" rx="7" ry="2.5"/><path d="M5 6l1.5 12c.2 1.4 2.7 2.5 5.5 2.5s5.3-1.1 5.5-2.5L19 6"/>',
  ),
  gcp_pubsub: svg(
    '<circle cx="12" cy="12" r="2.5"/><circle cx="5" cy="6" r="1.8"/><circle cx="19" cy="6" r="1.8"/><circle cx="12" cy="20" r="1.8"/><path d="m6.5 7.2 3.6 3M17.5 7.2l-3.6 3M12 14.5v3.7"/>',
  ),
  azure_servicebus: svg('<path d="M4 7h16v10H4z"/><path d="m4 7 8 6 8-6"/>'),
  rabbitmq: svg('<path d="M5 20V5h4v6h2V5h4v6h4v9z"/><circle cx="16" cy="15" r="1"/>'),
  kafka: svg(
    '<circle cx="12" cy="12" r="2.2"/><circle cx="12" cy="4.5" r="1.8"/><circle cx="12" cy="19.5" r="1.8"/><circle cx="18.5" cy="8" r="1.8"/><circle cx="18.5" cy="16" r="1.8"/><path d="M12 6.3v3.5M12 14.2v3.5M14 11l2.9-2.1M14 13l2.9 2.1"/>',
  ),
} as const;

const AWS_CREDENTIALS = (withSession: boolean): FieldSchema[] => {
  const fields: FieldSchema[] = [
    {
      key: "key",
      type: "text",
      label: "Access Key ID",
      description: "The access key ID of an IAM user or role allowed to write to the target.",
      required: true,
      sensitive: true,
    },
    {
      key: "secret",
      type: "text",
      label: "Secret Access Key",
      description: "The secret access key paired with the access key ID.",
      required: true,
      sensitive: true,
    },
  ];
  if (withSession) {
    fields.push({
      key: "session",
      type: "text",
      label: "Session Token",
      description: "Only needed for temporary credentials issued by AWS STS.",
      required: false,
      sensitive: true,
    });
  }
  return fields;
};

export const DESTINATION_TYPES: readonly DestinationTypeSchema[] = [
  {
    type: "webhook",
    label: "Webhook",
    description: "Deliver each event as a signed HTTP POST request to a URL you control.",
    icon: ICONS.webhook,
    instructions: [
      "## Receive events over HTTP",
      "",
      "Every event is sent as an HTTP `POST` with a JSON body to the URL you enter here.",
      "",
      "1. Expose an HTTPS endpoint that accepts `POST` requests and answers with a `2xx` status quickly.",
      "2. Verify the signature header on each request with the signing secret shown after the destination is created.",
      "3. Process the event asynchronously if the work takes longer than a few seconds.",
      "",
      "Requests that fail or answer with a non-`2xx` status are retried with exponential backoff.",
    ].join("\n"),
    config_fields: [
      {
        key: "url",
        type: "text",
        label: "Webhook URL",
        description: "The http(s) address that receives the POST requests.",
        required: true,
        pattern: URL_PATTERN,
      },
      {
        key: "custom_headers",
        type: "key_value_map",
        label: "Custom Headers",
        description:
          "Extra HTTP headers added to every request, for example an API key your endpoint expects.",
        required: false,
      },
    ],
    credential_fields: [],
  },
  {
    type: "hookdeck",
    label: "Hookdeck",
    description:
      "Forward events to a Hookdeck Event Gateway source for routing, filtering and replay.",
    icon: ICONS.hookdeck,
    instructions: [
      "## Connect Hookdeck",
      "",
      "Generate a token for a Hookdeck source, then paste it below. Events are forwarded to that source",
      "and can be routed to any number of connections from the Hookdeck dashboard.",
    ].join("\n"),
    setup_link: { href: "https://dashboard.hookdeck.com/connect", cta: "Generate Hookdeck Token" },
    config_fields: [],
    credential_fields: [
      {
        key: "token",
        type: "text",
        label: "Hookdeck Token",
        description: "The source token generated in the Hookdeck dashboard.",
        required: true,
        sensitive: true,
      },
    ],
  },
  {
    type: "aws_sqs",
    label: "AWS SQS",
    description: "Send each event as a message to an Amazon SQS queue.",
    icon: ICONS.aws_sqs,
    instructions: [
      "## Deliver to Amazon SQS",
      "",
      "1. Create a standard or FIFO queue in the AWS console and copy its URL.",
      "2. Create an IAM user or role with `sqs:SendMessage` permission on that queue.",
      "3. Enter the queue URL and the access key pair below.",
    ].join("\n"),
    config_fields: [
      {
        key: "queue_url",
        type: "text",
        label: "Queue URL",
        description: "For example https://sqs.us-east-1.amazonaws.com/123456789012/my-queue.",
        required: true,
        pattern: URL_PATTERN,
      },
    ],
    credential_fields: AWS_CREDENTIALS(false),
  },
  {
    type: "aws_kinesis",
    label: "AWS Kinesis",
    description: "Put each event as a record on an Amazon Kinesis data stream.",
    icon: ICONS.aws_kinesis,
    instructions: [
      "## Deliver to Amazon Kinesis",
      "",
      "1. Create a data stream and note its name and region.",
      "2. Grant an IAM identity `kinesis:PutRecord` on the stream.",
      "3. Optionally choose a partition key template; by default the event ID is used.",
    ].join("\n"),
    config_fields: [
      {
        key: "stream_name",
        type: "text",
        label: "Stream Name",
        description: "Name of the Kinesis data stream.",
        required: true,
        pattern: "^[a-zA-Z0-9_.-]+$",
      },
      {
        key: "region",
        type: "text",
        label: "AWS Region",
        description: "Region of the stream, such as us-east-1.",
        required: true,
        pattern: AWS_REGION_PATTERN,
      },
      {
        key: "endpoint",
        type: "text",
        label: "Endpoint",
        description: "Custom endpoint, for LocalStack or a VPC endpoint. Leave empty for AWS.",
        required: false,
        pattern: URL_PATTERN,
      },
      {
        key: "partition_key_template",
        type: "text",
        label: "Partition Key Template",
        description: "JMESPath expression evaluated against the event to pick the partition key.",
        required: false,
      },
    ],
    credential_fields: AWS_CREDENTIALS(true),
  },
  {
    type: "aws_s3",
    label: "AWS S3",
    description: "Write each event as a JSON object into an Amazon S3 bucket.",
    icon: ICONS.aws_s3,
    instructions: [
      "## Archive to Amazon S3",
      "",
      "1. Create a bucket (or pick an existing one) and note its region.",
      "2. Grant an IAM identity `s3:PutObject` on the bucket.",
      "3. Optionally set an object key template and a storage class.",
    ].join("\n"),
    config_fields: [
      {
        key: "bucket",
        type: "text",
        label: "Bucket Name",
        description: "Name of the target bucket.",
        required: true,
      },
      {
        key: "region",
        type: "text",
        label: "AWS Region",
        description: "Region of the bucket, such as eu-west-1.",
        required: true,
        pattern: AWS_REGION_PATTERN,
      },
      {
        key: "key_template",
        type: "text",
        label: "Object Key Template",
        description:
          "JMESPath expression producing each object's key. Defaults to the event time and ID.",
        required: false,
      },
      {
        key: "storage_class",
        type: "text",
        label: "S3 Storage Class",
        description: "Storage class of written objects, for example STANDARD or GLACIER.",
        required: false,
        default: "STANDARD",
      },
    ],
    credential_fields: AWS_CREDENTIALS(true),
  },
  {
    type: "gcp_pubsub",
    label: "GCP Pub/Sub",
    description: "Publish each event as a message on a Google Cloud Pub/Sub topic.",
    icon: ICONS.gcp_pubsub,
    instructions: [
      "## Publish to Google Cloud Pub/Sub",
      "",
      "1. Create a topic in your Google Cloud project.",
      "2. Create a service account with the **Pub/Sub Publisher** role and download a JSON key.",
      "3. Paste the whole key file below.",
    ].join("\n"),
    config_fields: [
      {
        key: "project_id",
        type: "text",
        label: "Project ID",
        description: "The Google Cloud project that owns the topic.",
        required: true,
      },
      {
        key: "topic",
        type: "text",
        label: "Topic",
        description: "Name of the Pub/Sub topic.",
        required: true,
      },
      {
        key: "endpoint",
        type: "text",
        label: "Endpoint",
        description: "Custom endpoint such as an emulator address. Leave empty for Google Cloud.",
        required: false,
      },
    ],
    credential_fields: [
      {
        key: "service_account_json",
        type: "text",
        label: "Service Account JSON",
        description: "Contents of the service account key file.",
        required: true,
        sensitive: true,
      },
    ],
  },
  {
    type: "azure_servicebus",
    label: "Azure Service Bus",
    description: "Send each event to an Azure Service Bus queue or topic.",
    icon: ICONS.azure_servicebus,
    instructions: [
      "## Deliver to Azure Service Bus",
      "",
      "1. Create a queue or topic in a Service Bus namespace.",
      "2. Create a shared access policy with **Send** rights and copy its connection string.",
      "3. Enter the queue or topic name and the connection string below.",
    ].join("\n"),
    config_fields: [
      {
        key: "name",
        type: "text",
        label: "Queue or Topic Name",
        description: "Name of the queue or topic inside the namespace.",
        required: true,
        pattern: "^[a-zA-Z0-9]([a-zA-Z0-9._-]*[a-zA-Z0-9])?$",
      },
    ],
    credential_fields: [
      {
        key: "connection_string",
        type: "text",
        label: "Connection String",
        description: "Connection string of a policy allowed to send.",
        required: true,
        sensitive: true,
      },
    ],
  },
  {
    type: "rabbitmq",
    label: "RabbitMQ",
    description: "Publish each event to a RabbitMQ exchange over AMQP.",
    icon: ICONS.rabbitmq,
    instructions: [
      "## Publish to RabbitMQ",
      "",
      "Enter the broker address and the exchange to publish to. The event topic is used as the routing key,",
      "so bind your queues to the exchange with the topics they need.",
    ].join("\n"),
    config_fields: [
      {
        key: "server_url",
        type: "text",
        label: "Server URL",
        description: "Broker address as host:port.",
        required: true,
        pattern: "^[^\\s]+$",
      },
      {
        key: "exchange",
        type: "text",
        label: "Exchange",
        description: "Exchange that receives the messages.",
        required: false,
      },
      {
        key: "tls",
        type: "checkbox",
        label: "TLS",
        description: "Connect with AMQPS.",
        required: false,
        default: "on",
      },
    ],
    credential_fields: [
      {
        key: "username",
        type: "text",
        label: "Username",
        description: "User that may publish to the exchange.",
        required: true,
        sensitive: false,
      },
      {
        key: "password",
        type: "text",
        label: "Password",
        description: "Password of that user.",
        required: true,
        sensitive: true,
      },
    ],
  },
  {
    type: "kafka",
    label: "Apache Kafka",
    description: "Produce each event as a record on an Apache Kafka topic.",
    icon: ICONS.kafka,
    instructions: [
      "## Produce to Apache Kafka",
      "",
      "1. List one or more bootstrap brokers, separated by commas.",
      "2. Choose the topic and the SASL mechanism your cluster uses.",
      "3. Optionally set a partition key template; by default the event ID is the key.",
    ].join("\n"),
    config_fields: [
      {
        key: "brokers",
        type: "text",
        label: "Brokers",
        description: "Comma-separated host:port list of bootstrap brokers.",
        required: true,
      },
      {
        key: "topic",
        type: "text",
        label: "Topic",
        description: "Kafka topic that receives the records.",
        required: true,
      },
      {
        key: "tls",
        type: "checkbox",
        label: "TLS",
        description: "Encrypt the connection to the brokers.",
        required: false,
        default: "true",
      },
      {
        key: "partition_key_template",
        type: "text",
        label: "Partition Key Template",
        description: "JMESPath expression evaluated against the event to pick the record key.",
        required: false,
      },
      {
        key: "sasl_mechanism",
        type: "select",
        label: "SASL Mechanism",
        description: "How the client authenticates to the cluster.",
        required: true,
        options: [
          { label: "PLAIN", value: "plain" },
          { label: "SCRAM-SHA-256", value: "scram-sha-256" },
          { label: "SCRAM-SHA-512", value: "scram-sha-512" },
        ],
      },
    ],
    credential_fields: [
      {
        key: "username",
        type: "text",
        label: "Username",
        description: "SASL username.",
        required: true,
        sensitive: false,
      },
      {
        key: "password",
        type: "text",
        label: "Password",
        description: "SASL password.",
        required: true,
        sensitive: true,
      },
    ],
  },
];

const BY_TYPE = new Map(DESTINATION_TYPES.map((t) => [t.type, t]));

export function getDestinationType(type: string): DestinationTypeSchema | undefined {
  return BY_TYPE.get(type);
}

export const DESTINATION_TYPE_NAMES: readonly string[] = DESTINATION_TYPES.map((t) => t.type);

/** Webhook credentials the server manages itself (not in the field table). */
export const WEBHOOK_MANAGED_CREDENTIALS = [
  "secret",
  "previous_secret",
  "previous_secret_invalid_at",
] as const;
