/** The contract of an analysis reply; extra fields a model adds are kept, not refused. */
export declare const ANALYSIS_SCHEMA: {
    readonly type: "object";
    readonly required: readonly ["title", "description", "language", "region", "dimension", "archetype", "key_ideas", "quotes", "learning_objectives", "tags", "ari_analysis", "coaching_opportunities"];
    readonly properties: {
        readonly title: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 200;
        };
        readonly description: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly language: {
            readonly enum: readonly ["portuguese", "english"];
        };
        readonly region: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly dimension: {
            readonly enum: readonly ["physicalHealth", "mentalHealth", "relationships", "work", "spirituality"];
        };
        readonly archetype: {
            readonly enum: readonly ["warrior", "explorer", "sage", "ruler"];
        };
        readonly key_ideas: {
            readonly minItems: 1;
            readonly maxItems: 8;
            readonly type: "array";
            readonly items: {
                readonly type: "string";
                readonly minLength: 1;
            };
        };
        readonly quotes: {
            readonly type: "array";
            readonly maxItems: 5;
            readonly items: {
                readonly type: "object";
                readonly required: readonly ["text", "author"];
                readonly properties: {
                    readonly text: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                    readonly author: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                };
            };
        };
        readonly learning_objectives: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
                readonly minLength: 1;
            };
        };
        readonly tags: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
                readonly minLength: 1;
            };
        };
        readonly ari_analysis: {
            readonly type: "object";
            readonly required: readonly ["applicable_frameworks", "total_frameworks_identified", "content_analysis"];
            readonly properties: {
                readonly applicable_frameworks: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                        readonly required: readonly ["name"];
                        readonly properties: {
                            readonly name: {
                                readonly type: "string";
                                readonly minLength: 1;
                            };
                            readonly evidence: {
                                readonly type: "string";
                            };
                        };
                    };
                };
                readonly total_frameworks_identified: {
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly content_analysis: {
                    readonly type: "object";
                    readonly required: readonly ["word_count", "primary_themes", "complexity_level", "language"];
                    readonly properties: {
                        readonly word_count: {
                            readonly type: "integer";
                            readonly minimum: 0;
                        };
                        readonly primary_themes: {
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                                readonly minLength: 1;
                            };
                        };
                        readonly complexity_level: {
                            readonly enum: readonly ["beginner", "intermediate", "advanced"];
                        };
                        readonly language: {
                            readonly enum: readonly ["portuguese", "english"];
                        };
                    };
                };
            };
        };
        readonly coaching_opportunities: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly required: readonly ["type", "framework", "suggestion", "coaching_prompt"];
                readonly properties: {
                    readonly type: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                    readonly framework: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                    readonly suggestion: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                    readonly coaching_prompt: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                };
            };
        };
    };
};
