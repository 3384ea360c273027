// The registry: every rule mcpver checks, in one list. The README's rule table is generated from it.
// Each section is owned by one part of the code base; add a rule by adding its file and one line.

import type { Rule } from '../types.ts';

// Package and MCP elements (the check backbone).
import { rule as binRemoved } from './bin-removed.ts';
import { rule as capabilityAdded } from './capability-added.ts';
import { rule as capabilityNotificationsRemoved } from './capability-notifications-removed.ts';
import { rule as capabilityRemoved } from './capability-removed.ts';
import { rule as enginesNodeRaised } from './engines-node-raised.ts';
import { rule as exportPathAdded } from './export-path-added.ts';
import { rule as exportPathRemoved } from './export-path-removed.ts';
import { rule as exportsFieldAdded } from './exports-field-added.ts';
import { rule as packageTypeChanged } from './package-type-changed.ts';
import { rule as peerDependencyAdded } from './peer-dependency-added.ts';
import { rule as peerDependencyNarrowed } from './peer-dependency-narrowed.ts';
import { rule as promptAdded } from './prompt-added.ts';
import { rule as promptRemoved } from './prompt-removed.ts';
import { rule as resourceAdded } from './resource-added.ts';
import { rule as resourceRemoved } from './resource-removed.ts';
import { rule as resourceTemplateAdded } from './resource-template-added.ts';
import { rule as resourceTemplateRemoved } from './resource-template-removed.ts';
import { rule as toolAdded } from './tool-added.ts';
import { rule as toolRemoved } from './tool-removed.ts';

// Registration conditions read from the sources: an item made conditional, unconditional, or re-gated (issue 13).
import { rule as toolMadeConditional } from './tool-made-conditional.ts';
import { rule as toolMadeUnconditional } from './tool-made-unconditional.ts';
import { rule as toolConditionChanged } from './tool-condition-changed.ts';
import { rule as promptMadeConditional } from './prompt-made-conditional.ts';
import { rule as promptMadeUnconditional } from './prompt-made-unconditional.ts';
import { rule as promptConditionChanged } from './prompt-condition-changed.ts';
import { rule as resourceMadeConditional } from './resource-made-conditional.ts';
import { rule as resourceMadeUnconditional } from './resource-made-unconditional.ts';
import { rule as resourceConditionChanged } from './resource-condition-changed.ts';
import { rule as resourceTemplateMadeConditional } from './resource-template-made-conditional.ts';
import { rule as resourceTemplateMadeUnconditional } from './resource-template-made-unconditional.ts';
import { rule as resourceTemplateConditionChanged } from './resource-template-condition-changed.ts';

// MCP schemas, annotations, descriptions, renames (issue 3).
import { rule as inputAllOfAdded } from './input-all-of-added.ts';
import { rule as inputAllOfRemoved } from './input-all-of-removed.ts';
import { rule as inputAlternativeAdded } from './input-alternative-added.ts';
import { rule as inputAlternativeRemoved } from './input-alternative-removed.ts';
import { rule as inputConditionAdded } from './input-condition-added.ts';
import { rule as inputConditionRemoved } from './input-condition-removed.ts';
import { rule as inputConstraintLoosened } from './input-constraint-loosened.ts';
import { rule as inputConstraintTightened } from './input-constraint-tightened.ts';
import { rule as inputDefaultChanged } from './input-default-changed.ts';
import { rule as inputEnumNarrowed } from './input-enum-narrowed.ts';
import { rule as inputEnumWidened } from './input-enum-widened.ts';
import { rule as inputFormatChanged } from './input-format-changed.ts';
import { rule as inputNullAccepted } from './input-null-accepted.ts';
import { rule as inputNullRejected } from './input-null-rejected.ts';
import { rule as inputObjectClosed } from './input-object-closed.ts';
import { rule as inputObjectOpened } from './input-object-opened.ts';
import { rule as inputOptionalPropertyAdded } from './input-optional-property-added.ts';
import { rule as inputPatternLoosened } from './input-pattern-loosened.ts';
import { rule as inputPatternTightened } from './input-pattern-tightened.ts';
import { rule as inputPropertyBecameOptional } from './input-property-became-optional.ts';
import { rule as inputPropertyBecameRequired } from './input-property-became-required.ts';
import { rule as inputPropertyRemoved } from './input-property-removed.ts';
import { rule as inputPropertyRenamed } from './input-property-renamed.ts';
import { rule as inputRequiredPropertyAdded } from './input-required-property-added.ts';
import { rule as inputSchemaDescriptionChanged } from './input-schema-description-changed.ts';
import { rule as inputTypeNarrowed } from './input-type-narrowed.ts';
import { rule as inputTypeWidened } from './input-type-widened.ts';
import { rule as inputUnknownKeywordChanged } from './input-unknown-keyword-changed.ts';
import { rule as outputAlternativeAdded } from './output-alternative-added.ts';
import { rule as outputAlternativeRemoved } from './output-alternative-removed.ts';
import { rule as outputBecameNullable } from './output-became-nullable.ts';
import { rule as outputConstraintLoosened } from './output-constraint-loosened.ts';
import { rule as outputConstraintTightened } from './output-constraint-tightened.ts';
import { rule as outputEnumNarrowed } from './output-enum-narrowed.ts';
import { rule as outputEnumWidened } from './output-enum-widened.ts';
import { rule as outputFormatChanged } from './output-format-changed.ts';
import { rule as outputPropertyAdded } from './output-property-added.ts';
import { rule as outputPropertyBecameOptional } from './output-property-became-optional.ts';
import { rule as outputPropertyBecameRequired } from './output-property-became-required.ts';
import { rule as outputPropertyRemoved } from './output-property-removed.ts';
import { rule as outputPropertyRenamed } from './output-property-renamed.ts';
import { rule as outputSchemaAdded } from './output-schema-added.ts';
import { rule as outputSchemaDescriptionChanged } from './output-schema-description-changed.ts';
import { rule as outputSchemaRemoved } from './output-schema-removed.ts';
import { rule as outputTypeNarrowed } from './output-type-narrowed.ts';
import { rule as outputTypeWidened } from './output-type-widened.ts';
import { rule as outputUnknownKeywordChanged } from './output-unknown-keyword-changed.ts';
import { rule as promptArgumentBecameOptional } from './prompt-argument-became-optional.ts';
import { rule as promptArgumentBecameRequired } from './prompt-argument-became-required.ts';
import { rule as promptArgumentRemoved } from './prompt-argument-removed.ts';
import { rule as promptArgumentRenamed } from './prompt-argument-renamed.ts';
import { rule as promptDescriptionChanged } from './prompt-description-changed.ts';
import { rule as promptOptionalArgumentAdded } from './prompt-optional-argument-added.ts';
import { rule as promptRenamed } from './prompt-renamed.ts';
import { rule as promptRequiredArgumentAdded } from './prompt-required-argument-added.ts';
import { rule as protocolVersionDowngraded } from './protocol-version-downgraded.ts';
import { rule as resourceDescriptionChanged } from './resource-description-changed.ts';
import { rule as resourceMimeTypeChanged } from './resource-mime-type-changed.ts';
import { rule as resourceTemplateChanged } from './resource-template-changed.ts';
import { rule as schemaInvalid } from './schema-invalid.ts';
import { rule as serverInstructionsChanged } from './server-instructions-changed.ts';
import { rule as toolAnnotationChanged } from './tool-annotation-changed.ts';
import { rule as toolAnnotationWeakened } from './tool-annotation-weakened.ts';
import { rule as toolDeprecated } from './tool-deprecated.ts';
import { rule as toolDescriptionChanged } from './tool-description-changed.ts';
import { rule as inputPropertyDeprecated } from './input-property-deprecated.ts';
import { rule as toolRenamed } from './tool-renamed.ts';
import { rule as toolTitleChanged } from './tool-title-changed.ts';

// Tool poisoning: new model-facing text that talks to the model, hides, or asks for secrets (issue 15).
import { rule as poisoningHiddenContent } from './poisoning-hidden-content.ts';
import { rule as poisoningModelInstruction } from './poisoning-model-instruction.ts';
import { rule as poisoningNewLink } from './poisoning-new-link.ts';
import { rule as poisoningSensitiveRequest } from './poisoning-sensitive-request.ts';
import { rule as poisoningToolReference } from './poisoning-tool-reference.ts';

// TypeScript API (issue 4).
import { rule as tsAnyTypedExport } from './ts-any-typed-export.ts';
import { rule as tsAsyncChanged } from './ts-async-changed.ts';
import { rule as tsClassMadeAbstract } from './ts-class-made-abstract.ts';
import { rule as tsConstValueChanged } from './ts-const-value-changed.ts';
import { rule as tsConstructorRestricted } from './ts-constructor-restricted.ts';
import { rule as tsDeclarationChanged } from './ts-declaration-changed.ts';
import { rule as tsDependencyTypeMajor } from './ts-dependency-type-major.ts';
import { rule as tsDeprecatedChanged } from './ts-deprecated-changed.ts';
import { rule as tsDocumentationChanged } from './ts-documentation-changed.ts';
import { rule as tsEnumMemberAdded } from './ts-enum-member-added.ts';
import { rule as tsEnumMemberRemoved } from './ts-enum-member-removed.ts';
import { rule as tsEnumMemberValueChanged } from './ts-enum-member-value-changed.ts';
import { rule as tsExportAdded } from './ts-export-added.ts';
import { rule as tsExportHidden } from './ts-export-hidden.ts';
import { rule as tsExportKindChanged } from './ts-export-kind-changed.ts';
import { rule as tsExportMeaningAdded } from './ts-export-meaning-added.ts';
import { rule as tsExportMoved } from './ts-export-moved.ts';
import { rule as tsExportRemoved } from './ts-export-removed.ts';
import { rule as tsExportRenamed } from './ts-export-renamed.ts';
import { rule as tsHeritageChanged } from './ts-heritage-changed.ts';
import { rule as tsImplementationChanged } from './ts-implementation-changed.ts';
import { rule as tsMemberAdded } from './ts-member-added.ts';
import { rule as tsMemberOptionalityChanged } from './ts-member-optionality-changed.ts';
import { rule as tsMemberReadonlyChanged } from './ts-member-readonly-changed.ts';
import { rule as tsMemberRemoved } from './ts-member-removed.ts';
import { rule as tsMemberStaticChanged } from './ts-member-static-changed.ts';
import { rule as tsMemberTypeChanged } from './ts-member-type-changed.ts';
import { rule as tsMemberVisibilityReduced } from './ts-member-visibility-reduced.ts';
import { rule as tsOverloadChanged } from './ts-overload-changed.ts';
import { rule as tsParametersReordered } from './ts-parameters-reordered.ts';
import { rule as tsParameterAdded } from './ts-parameter-added.ts';
import { rule as tsParameterOptionalityChanged } from './ts-parameter-optionality-changed.ts';
import { rule as tsParameterRemoved } from './ts-parameter-removed.ts';
import { rule as tsParameterTypeChanged } from './ts-parameter-type-changed.ts';
import { rule as tsReleaseTagChanged } from './ts-release-tag-changed.ts';
import { rule as tsRestParameterChanged } from './ts-rest-parameter-changed.ts';
import { rule as tsReturnTypeChanged } from './ts-return-type-changed.ts';
import { rule as tsThisTypeChanged } from './ts-this-type-changed.ts';
import { rule as tsTypeParameterAdded } from './ts-type-parameter-added.ts';
import { rule as tsTypeParameterConstraintChanged } from './ts-type-parameter-constraint-changed.ts';
import { rule as tsTypeParameterDefaultChanged } from './ts-type-parameter-default-changed.ts';
import { rule as tsTypeParameterRemoved } from './ts-type-parameter-removed.ts';
import { rule as tsTypeParametersReordered } from './ts-type-parameters-reordered.ts';
import { rule as tsTypesMissing } from './ts-types-missing.ts';
import { rule as tsTypeScriptVersionRaised } from './ts-typescript-version-raised.ts';
import { rule as tsUnionMemberChanged } from './ts-union-member-changed.ts';

export const elementRules: Rule[] = [
  binRemoved,
  capabilityAdded,
  capabilityNotificationsRemoved,
  capabilityRemoved,
  enginesNodeRaised,
  exportPathAdded,
  exportPathRemoved,
  exportsFieldAdded,
  packageTypeChanged,
  peerDependencyAdded,
  peerDependencyNarrowed,
  promptAdded,
  promptRemoved,
  resourceAdded,
  resourceRemoved,
  resourceTemplateAdded,
  resourceTemplateRemoved,
  toolAdded,
  toolRemoved,
  toolMadeConditional,
  toolMadeUnconditional,
  toolConditionChanged,
  promptMadeConditional,
  promptMadeUnconditional,
  promptConditionChanged,
  resourceMadeConditional,
  resourceMadeUnconditional,
  resourceConditionChanged,
  resourceTemplateMadeConditional,
  resourceTemplateMadeUnconditional,
  resourceTemplateConditionChanged,
];

export const mcpContractRules: Rule[] = [
  inputAllOfAdded,
  inputAllOfRemoved,
  inputAlternativeAdded,
  inputAlternativeRemoved,
  inputConditionAdded,
  inputConditionRemoved,
  inputConstraintLoosened,
  inputConstraintTightened,
  inputDefaultChanged,
  inputEnumNarrowed,
  inputEnumWidened,
  inputFormatChanged,
  inputNullAccepted,
  inputNullRejected,
  inputObjectClosed,
  inputObjectOpened,
  inputOptionalPropertyAdded,
  inputPatternLoosened,
  inputPatternTightened,
  inputPropertyBecameOptional,
  inputPropertyBecameRequired,
  inputPropertyRemoved,
  inputPropertyRenamed,
  inputRequiredPropertyAdded,
  inputSchemaDescriptionChanged,
  inputTypeNarrowed,
  inputTypeWidened,
  inputUnknownKeywordChanged,
  outputAlternativeAdded,
  outputAlternativeRemoved,
  outputBecameNullable,
  outputConstraintLoosened,
  outputConstraintTightened,
  outputEnumNarrowed,
  outputEnumWidened,
  outputFormatChanged,
  outputPropertyAdded,
  outputPropertyBecameOptional,
  outputPropertyBecameRequired,
  outputPropertyRemoved,
  outputPropertyRenamed,
  outputSchemaAdded,
  outputSchemaDescriptionChanged,
  outputSchemaRemoved,
  outputTypeNarrowed,
  outputTypeWidened,
  outputUnknownKeywordChanged,
  promptArgumentBecameOptional,
  promptArgumentBecameRequired,
  promptArgumentRemoved,
  promptArgumentRenamed,
  promptDescriptionChanged,
  promptOptionalArgumentAdded,
  promptRenamed,
  promptRequiredArgumentAdded,
  protocolVersionDowngraded,
  resourceDescriptionChanged,
  resourceMimeTypeChanged,
  resourceTemplateChanged,
  schemaInvalid,
  serverInstructionsChanged,
  toolAnnotationChanged,
  toolAnnotationWeakened,
  toolDeprecated,
  toolDescriptionChanged,
  inputPropertyDeprecated,
  toolRenamed,
  toolTitleChanged,
];

export const typescriptRules: Rule[] = [
  tsAnyTypedExport,
  tsAsyncChanged,
  tsClassMadeAbstract,
  tsConstValueChanged,
  tsConstructorRestricted,
  tsDeclarationChanged,
  tsDependencyTypeMajor,
  tsDeprecatedChanged,
  tsDocumentationChanged,
  tsEnumMemberAdded,
  tsEnumMemberRemoved,
  tsEnumMemberValueChanged,
  tsExportAdded,
  tsExportHidden,
  tsExportKindChanged,
  tsExportMeaningAdded,
  tsExportMoved,
  tsExportRemoved,
  tsExportRenamed,
  tsHeritageChanged,
  tsImplementationChanged,
  tsMemberAdded,
  tsMemberOptionalityChanged,
  tsMemberReadonlyChanged,
  tsMemberRemoved,
  tsMemberStaticChanged,
  tsMemberTypeChanged,
  tsMemberVisibilityReduced,
  tsOverloadChanged,
  tsParametersReordered,
  tsParameterAdded,
  tsParameterOptionalityChanged,
  tsParameterRemoved,
  tsParameterTypeChanged,
  tsReleaseTagChanged,
  tsRestParameterChanged,
  tsReturnTypeChanged,
  tsThisTypeChanged,
  tsTypeParameterAdded,
  tsTypeParameterConstraintChanged,
  tsTypeParameterDefaultChanged,
  tsTypeParameterRemoved,
  tsTypeParametersReordered,
  tsTypesMissing,
  tsTypeScriptVersionRaised,
  tsUnionMemberChanged,
];

export const securityRules: Rule[] = [
  poisoningHiddenContent,
  poisoningModelInstruction,
  poisoningNewLink,
  poisoningSensitiveRequest,
  poisoningToolReference,
];

export const rules: Rule[] = [...elementRules, ...mcpContractRules, ...securityRules, ...typescriptRules];
