export { fieldContainerId, fieldId, fieldKind, isChecked, isHeaderMap } from "./field-kind";
export {
  hasStoredSecret,
  initialValues,
  parseKeyValueMap,
  serializeKeyValueMap,
  toApiValues,
  type FormMode,
  type FormValues,
  type ToApiValuesOptions,
} from "./form-values";
export { SchemaFields, type SchemaFieldsProps } from "./schema-fields";
export { useSchemaForm, type ApiValues, type UseSchemaFormOptions } from "./use-schema-form";
export { keyValueProblems, validateField, validateFields } from "./validate";
export { fieldDescription, fieldLabel, InEnglish, TypeText, withNamesMarked } from "./api-text";
export {
  localizeType,
  useLocalizedType,
  useLocalizedTypes,
  type LocalizedField,
  type LocalizedType,
} from "./type-text";
