/** Verification code a tenant copies into its receiver, per signing mode and language. */
export type SignatureMode = "default" | "standard";
export type SnippetLanguage = "Node.js" | "Python" | "Go";

const DEFAULT_NODE = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody: the request body exactly as received (a Buffer), before any JSON parsing.
// header: the x-outpost-signature header; secret: the destination's signing secret.
export function verifyOutpostSignature(rawBody, header, secret) {
  if (typeof header !== "string" || !header.startsWith("v0=")) return false;
  const expected = createHmac("sha256", secret).update(rawBody).digest();
  // While a rotated secret is still valid the header holds one signature per secret.
  return header
    .slice(3)
    .split(",")
    .some((candidate) => {
      const given = Buffer.from(candidate.trim(), "hex");
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}`;

const DEFAULT_PYTHON = `import hashlib
import hmac


def verify_outpost_signature(raw_body: bytes, header: str | None, secret: str) -> bool:
    """raw_body: the request body as received; header: x-outpost-signature."""
    if not header or not header.startswith("v0="):
        return False
    expected = hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()
    # While a rotated secret is still valid the header holds one signature per secret.
    return any(
        hmac.compare_digest(expected, candidate.strip())
        for candidate in header[len("v0="):].split(",")
    )`;

const DEFAULT_GO = `package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// VerifyOutpostSignature checks the x-outpost-signature header against the raw body.
func VerifyOutpostSignature(rawBody []byte, header, secret string) bool {
	if !strings.HasPrefix(header, "v0=") {
		return false
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(rawBody)
	expected := mac.Sum(nil)
	// While a rotated secret is still valid the header holds one signature per secret.
	for _, candidate := range strings.Split(strings.TrimPrefix(header, "v0="), ",") {
		given, err := hex.DecodeString(strings.TrimSpace(candidate))
		if err == nil && hmac.Equal(given, expected) {
			return true
		}
	}
	return false
}`;

const STANDARD_NODE = `import { createHmac, timingSafeEqual } from "node:crypto";

// headers: the request's headers (lower-case names); rawBody: the body as received (a Buffer).
export function verifyStandardWebhook(rawBody, headers, secret, toleranceSeconds = 300) {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (!id || !timestamp || !signatures) return false;
  // Refuse old (replayed) and future messages.
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key)
    .update(\`\${id}.\${timestamp}.\`)
    .update(rawBody)
    .digest();
  // Space-separated "v1,<base64>" entries: one per valid secret during a rotation.
  return signatures.split(" ").some((entry) => {
    const [version, value = ""] = entry.split(",");
    const given = Buffer.from(value, "base64");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
}`;

const STANDARD_PYTHON = `import base64
import hashlib
import hmac
import time


def verify_standard_webhook(raw_body: bytes, headers: dict, secret: str, tolerance: int = 300) -> bool:
    """headers: lower-case names; raw_body: the request body as received."""
    msg_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp")
    signatures = headers.get("webhook-signature")
    if not msg_id or not timestamp or not signatures:
        return False
    # Refuse old (replayed) and future messages.
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{timestamp}.".encode() + raw_body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    # Space-separated "v1,<base64>" entries: one per valid secret during a rotation.
    for entry in signatures.split(" "):
        version, _, value = entry.partition(",")
        if version == "v1" and hmac.compare_digest(expected, value):
            return True
    return False`;

const STANDARD_GO = `package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// VerifyStandardWebhook checks the webhook-* headers against the raw body.
func VerifyStandardWebhook(rawBody []byte, h http.Header, secret string, tolerance time.Duration) bool {
	id, timestamp, signatures := h.Get("webhook-id"), h.Get("webhook-timestamp"), h.Get("webhook-signature")
	if id == "" || timestamp == "" || signatures == "" {
		return false
	}
	sent, err := strconv.ParseInt(timestamp, 10, 64)
	// Refuse old (replayed) and future messages.
	if err != nil || math.Abs(float64(time.Now().Unix()-sent)) > tolerance.Seconds() {
		return false
	}
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, "whsec_"))
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(id + "." + timestamp + "."))
	mac.Write(rawBody)
	expected := mac.Sum(nil)
	// Space-separated "v1,<base64>" entries: one per valid secret during a rotation.
	for _, entry := range strings.Split(signatures, " ") {
		version, value, _ := strings.Cut(entry, ",")
		given, err := base64.StdEncoding.DecodeString(value)
		if version == "v1" && err == nil && hmac.Equal(given, expected) {
			return true
		}
	}
	return false
}`;

export const SNIPPETS: Record<SignatureMode, Record<SnippetLanguage, string>> = {
  default: { "Node.js": DEFAULT_NODE, Python: DEFAULT_PYTHON, Go: DEFAULT_GO },
  standard: { "Node.js": STANDARD_NODE, Python: STANDARD_PYTHON, Go: STANDARD_GO },
};
