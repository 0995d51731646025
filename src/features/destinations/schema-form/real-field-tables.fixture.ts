import type { DestinationField } from "@/api/types";

// Copied from Outpost's field tables (shared/outpost/destination-type-fields.json).

export const WEBHOOK_CONFIG_FIELDS: DestinationField[] = [
  {
    key: "url",
    type: "text",
    label: "Webhook URL",
    required: true,
    pattern: "^https?:\\/\\/[^\\s]+$",
  },
  {
    key: "custom_headers",
    type: "key_value_map",
    label: "Custom Headers",
    required: false,
  },
];

export const WEBHOOK_CREDENTIAL_FIELDS: DestinationField[] = [];

export const KAFKA_CONFIG_FIELDS: DestinationField[] = [
  {
    key: "brokers",
    type: "text",
    label: "Brokers",
    required: true,
  },
  {
    key: "topic",
    type: "text",
    label: "Topic",
    required: true,
  },
  {
    key: "tls",
    type: "checkbox",
    label: "TLS",
    default: "true",
    required: false,
  },
  {
    key: "partition_key_template",
    type: "text",
    label: "Partition Key Template",
    required: false,
  },
  {
    key: "sasl_mechanism",
    type: "select",
    label: "SASL Mechanism",
    required: true,
    options: [
      {
        label: "PLAIN",
        value: "plain",
      },
      {
        label: "SCRAM-SHA-256",
        value: "scram-sha-256",
      },
      {
        label: "SCRAM-SHA-512",
        value: "scram-sha-512",
      },
    ],
  },
];

export const KAFKA_CREDENTIAL_FIELDS: DestinationField[] = [
  {
    key: "username",
    type: "text",
    label: "Username",
    required: true,
    sensitive: false,
  },
  {
    key: "password",
    type: "text",
    label: "Password",
    required: true,
    sensitive: true,
  },
];
