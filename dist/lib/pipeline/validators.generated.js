import * as runtime0Module from "ajv/dist/runtime/ucs2length.js";
const runtime0 = runtime0Module.default?.__esModule ? runtime0Module.default : runtime0Module;
import * as runtime2Module from "ajv-formats/dist/formats.js";
const runtime2 = runtime2Module.default?.__esModule ? runtime2Module.default : runtime2Module;
const schema11 = { "type": "object", "required": ["title", "description", "language", "region", "dimension", "archetype", "key_ideas", "quotes", "learning_objectives", "tags", "ari_analysis", "coaching_opportunities"], "properties": { "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": { "type": "string", "minLength": 1 }, "language": { "enum": ["portuguese", "english"] }, "region": { "type": "string", "minLength": 1 }, "dimension": { "enum": ["physicalHealth", "mentalHealth", "relationships", "work", "spirituality"] }, "archetype": { "enum": ["warrior", "explorer", "sage", "ruler"] }, "key_ideas": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "maxItems": 8 }, "quotes": { "type": "array", "maxItems": 5, "items": { "type": "object", "required": ["text", "author"], "properties": { "text": { "type": "string", "minLength": 1 }, "author": { "type": "string", "minLength": 1 } } } }, "learning_objectives": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "tags": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "ari_analysis": { "type": "object", "required": ["applicable_frameworks", "total_frameworks_identified", "content_analysis"], "properties": { "applicable_frameworks": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "evidence": { "type": "string" } } } }, "total_frameworks_identified": { "type": "integer", "minimum": 0 }, "content_analysis": { "type": "object", "required": ["word_count", "primary_themes", "complexity_level", "language"], "properties": { "word_count": { "type": "integer", "minimum": 0 }, "primary_themes": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "complexity_level": { "enum": ["beginner", "intermediate", "advanced"] }, "language": { "enum": ["portuguese", "english"] } } } } }, "coaching_opportunities": { "type": "array", "items": { "type": "object", "required": ["type", "framework", "suggestion", "coaching_prompt"], "properties": { "type": { "type": "string", "minLength": 1 }, "framework": { "type": "string", "minLength": 1 }, "suggestion": { "type": "string", "minLength": 1 }, "coaching_prompt": { "type": "string", "minLength": 1 } } } } } };
const func2 = runtime0.default;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.description === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.language === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property '" + "language" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.region === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.dimension === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dimension" }, message: "must have required property '" + "dimension" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.archetype === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "archetype" }, message: "must have required property '" + "archetype" + "'" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.key_ideas === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key_ideas" }, message: "must have required property '" + "key_ideas" + "'" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    if (data.quotes === undefined) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quotes" }, message: "must have required property '" + "quotes" + "'" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    if (data.learning_objectives === undefined) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "learning_objectives" }, message: "must have required property '" + "learning_objectives" + "'" };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    if (data.tags === undefined) {
        const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property '" + "tags" + "'" };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    if (data.ari_analysis === undefined) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ari_analysis" }, message: "must have required property '" + "ari_analysis" + "'" };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
    if (data.coaching_opportunities === undefined) {
        const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coaching_opportunities" }, message: "must have required property '" + "coaching_opportunities" + "'" };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    if (data.title !== undefined) {
        let data0 = data.title;
        if (typeof data0 === "string") {
            if (func2(data0) > 200) {
                const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            if (func2(data0) < 1) {
                const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data1 = data.description;
        if (typeof data1 === "string") {
            if (func2(data1) < 1) {
                const err15 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.language !== undefined) {
        let data2 = data.language;
        if (!((data2 === "portuguese") || (data2 === "english"))) {
            const err17 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/enum", keyword: "enum", params: { allowedValues: schema11.properties.language.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.region !== undefined) {
        let data3 = data.region;
        if (typeof data3 === "string") {
            if (func2(data3) < 1) {
                const err18 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.dimension !== undefined) {
        let data4 = data.dimension;
        if (!(((((data4 === "physicalHealth") || (data4 === "mentalHealth")) || (data4 === "relationships")) || (data4 === "work")) || (data4 === "spirituality"))) {
            const err20 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/enum", keyword: "enum", params: { allowedValues: schema11.properties.dimension.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.archetype !== undefined) {
        let data5 = data.archetype;
        if (!((((data5 === "warrior") || (data5 === "explorer")) || (data5 === "sage")) || (data5 === "ruler"))) {
            const err21 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/enum", keyword: "enum", params: { allowedValues: schema11.properties.archetype.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.key_ideas !== undefined) {
        let data6 = data.key_ideas;
        if (Array.isArray(data6)) {
            if (data6.length > 8) {
                const err22 = { instancePath: instancePath + "/key_ideas", schemaPath: "#/properties/key_ideas/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if (data6.length < 1) {
                const err23 = { instancePath: instancePath + "/key_ideas", schemaPath: "#/properties/key_ideas/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (typeof data7 === "string") {
                    if (func2(data7) < 1) {
                        const err24 = { instancePath: instancePath + "/key_ideas/" + i0, schemaPath: "#/properties/key_ideas/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                else {
                    const err25 = { instancePath: instancePath + "/key_ideas/" + i0, schemaPath: "#/properties/key_ideas/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/key_ideas", schemaPath: "#/properties/key_ideas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.quotes !== undefined) {
        let data8 = data.quotes;
        if (Array.isArray(data8)) {
            if (data8.length > 5) {
                const err27 = { instancePath: instancePath + "/quotes", schemaPath: "#/properties/quotes/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data9 = data8[i1];
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.text === undefined) {
                        const err28 = { instancePath: instancePath + "/quotes/" + i1, schemaPath: "#/properties/quotes/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property '" + "text" + "'" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if (data9.author === undefined) {
                        const err29 = { instancePath: instancePath + "/quotes/" + i1, schemaPath: "#/properties/quotes/items/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (data9.text !== undefined) {
                        let data10 = data9.text;
                        if (typeof data10 === "string") {
                            if (func2(data10) < 1) {
                                const err30 = { instancePath: instancePath + "/quotes/" + i1 + "/text", schemaPath: "#/properties/quotes/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err31 = { instancePath: instancePath + "/quotes/" + i1 + "/text", schemaPath: "#/properties/quotes/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data9.author !== undefined) {
                        let data11 = data9.author;
                        if (typeof data11 === "string") {
                            if (func2(data11) < 1) {
                                const err32 = { instancePath: instancePath + "/quotes/" + i1 + "/author", schemaPath: "#/properties/quotes/items/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err33 = { instancePath: instancePath + "/quotes/" + i1 + "/author", schemaPath: "#/properties/quotes/items/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/quotes/" + i1, schemaPath: "#/properties/quotes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/quotes", schemaPath: "#/properties/quotes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
    if (data.learning_objectives !== undefined) {
        let data12 = data.learning_objectives;
        if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data13 = data12[i2];
                if (typeof data13 === "string") {
                    if (func2(data13) < 1) {
                        const err36 = { instancePath: instancePath + "/learning_objectives/" + i2, schemaPath: "#/properties/learning_objectives/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
                else {
                    const err37 = { instancePath: instancePath + "/learning_objectives/" + i2, schemaPath: "#/properties/learning_objectives/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
        }
        else {
            const err38 = { instancePath: instancePath + "/learning_objectives", schemaPath: "#/properties/learning_objectives/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data14 = data.tags;
        if (Array.isArray(data14)) {
            const len3 = data14.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data15 = data14[i3];
                if (typeof data15 === "string") {
                    if (func2(data15) < 1) {
                        const err39 = { instancePath: instancePath + "/tags/" + i3, schemaPath: "#/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
                else {
                    const err40 = { instancePath: instancePath + "/tags/" + i3, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
        }
        else {
            const err41 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err41];
            }
            else {
                vErrors.push(err41);
            }
            errors++;
        }
    }
    if (data.ari_analysis !== undefined) {
        let data16 = data.ari_analysis;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.applicable_frameworks === undefined) {
                const err42 = { instancePath: instancePath + "/ari_analysis", schemaPath: "#/properties/ari_analysis/required", keyword: "required", params: { missingProperty: "applicable_frameworks" }, message: "must have required property '" + "applicable_frameworks" + "'" };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            if (data16.total_frameworks_identified === undefined) {
                const err43 = { instancePath: instancePath + "/ari_analysis", schemaPath: "#/properties/ari_analysis/required", keyword: "required", params: { missingProperty: "total_frameworks_identified" }, message: "must have required property '" + "total_frameworks_identified" + "'" };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            if (data16.content_analysis === undefined) {
                const err44 = { instancePath: instancePath + "/ari_analysis", schemaPath: "#/properties/ari_analysis/required", keyword: "required", params: { missingProperty: "content_analysis" }, message: "must have required property '" + "content_analysis" + "'" };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
            if (data16.applicable_frameworks !== undefined) {
                let data17 = data16.applicable_frameworks;
                if (Array.isArray(data17)) {
                    const len4 = data17.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data18 = data17[i4];
                        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                            if (data18.name === undefined) {
                                const err45 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4, schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                            if (data18.name !== undefined) {
                                let data19 = data18.name;
                                if (typeof data19 === "string") {
                                    if (func2(data19) < 1) {
                                        const err46 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4 + "/name", schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err46];
                                        }
                                        else {
                                            vErrors.push(err46);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err47 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4 + "/name", schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                            }
                            if (data18.evidence !== undefined) {
                                if (typeof data18.evidence !== "string") {
                                    const err48 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4 + "/evidence", schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err49 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4, schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err50 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks", schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
            }
            if (data16.total_frameworks_identified !== undefined) {
                let data21 = data16.total_frameworks_identified;
                if (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) {
                    const err51 = { instancePath: instancePath + "/ari_analysis/total_frameworks_identified", schemaPath: "#/properties/ari_analysis/properties/total_frameworks_identified/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if (typeof data21 == "number") {
                    if (data21 < 0 || isNaN(data21)) {
                        const err52 = { instancePath: instancePath + "/ari_analysis/total_frameworks_identified", schemaPath: "#/properties/ari_analysis/properties/total_frameworks_identified/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
            }
            if (data16.content_analysis !== undefined) {
                let data22 = data16.content_analysis;
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    if (data22.word_count === undefined) {
                        const err53 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/required", keyword: "required", params: { missingProperty: "word_count" }, message: "must have required property '" + "word_count" + "'" };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                    if (data22.primary_themes === undefined) {
                        const err54 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/required", keyword: "required", params: { missingProperty: "primary_themes" }, message: "must have required property '" + "primary_themes" + "'" };
                        if (vErrors === null) {
                            vErrors = [err54];
                        }
                        else {
                            vErrors.push(err54);
                        }
                        errors++;
                    }
                    if (data22.complexity_level === undefined) {
                        const err55 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/required", keyword: "required", params: { missingProperty: "complexity_level" }, message: "must have required property '" + "complexity_level" + "'" };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                    if (data22.language === undefined) {
                        const err56 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property '" + "language" + "'" };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                    if (data22.word_count !== undefined) {
                        let data23 = data22.word_count;
                        if (!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))) {
                            const err57 = { instancePath: instancePath + "/ari_analysis/content_analysis/word_count", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/word_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                        if (typeof data23 == "number") {
                            if (data23 < 0 || isNaN(data23)) {
                                const err58 = { instancePath: instancePath + "/ari_analysis/content_analysis/word_count", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/word_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data22.primary_themes !== undefined) {
                        let data24 = data22.primary_themes;
                        if (Array.isArray(data24)) {
                            const len5 = data24.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data25 = data24[i5];
                                if (typeof data25 === "string") {
                                    if (func2(data25) < 1) {
                                        const err59 = { instancePath: instancePath + "/ari_analysis/content_analysis/primary_themes/" + i5, schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/primary_themes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err59];
                                        }
                                        else {
                                            vErrors.push(err59);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err60 = { instancePath: instancePath + "/ari_analysis/content_analysis/primary_themes/" + i5, schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/primary_themes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err61 = { instancePath: instancePath + "/ari_analysis/content_analysis/primary_themes", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/primary_themes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                    }
                    if (data22.complexity_level !== undefined) {
                        let data26 = data22.complexity_level;
                        if (!(((data26 === "beginner") || (data26 === "intermediate")) || (data26 === "advanced"))) {
                            const err62 = { instancePath: instancePath + "/ari_analysis/content_analysis/complexity_level", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/complexity_level/enum", keyword: "enum", params: { allowedValues: schema11.properties.ari_analysis.properties.content_analysis.properties.complexity_level.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                    }
                    if (data22.language !== undefined) {
                        let data27 = data22.language;
                        if (!((data27 === "portuguese") || (data27 === "english"))) {
                            const err63 = { instancePath: instancePath + "/ari_analysis/content_analysis/language", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/language/enum", keyword: "enum", params: { allowedValues: schema11.properties.ari_analysis.properties.content_analysis.properties.language.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err64 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err64];
                    }
                    else {
                        vErrors.push(err64);
                    }
                    errors++;
                }
            }
        }
        else {
            const err65 = { instancePath: instancePath + "/ari_analysis", schemaPath: "#/properties/ari_analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err65];
            }
            else {
                vErrors.push(err65);
            }
            errors++;
        }
    }
    if (data.coaching_opportunities !== undefined) {
        let data28 = data.coaching_opportunities;
        if (Array.isArray(data28)) {
            const len6 = data28.length;
            for (let i6 = 0; i6 < len6; i6++) {
                let data29 = data28[i6];
                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    if (data29.type === undefined) {
                        const err66 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                    if (data29.framework === undefined) {
                        const err67 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property '" + "framework" + "'" };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                    if (data29.suggestion === undefined) {
                        const err68 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/required", keyword: "required", params: { missingProperty: "suggestion" }, message: "must have required property '" + "suggestion" + "'" };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                    if (data29.coaching_prompt === undefined) {
                        const err69 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/required", keyword: "required", params: { missingProperty: "coaching_prompt" }, message: "must have required property '" + "coaching_prompt" + "'" };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                    if (data29.type !== undefined) {
                        let data30 = data29.type;
                        if (typeof data30 === "string") {
                            if (func2(data30) < 1) {
                                const err70 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/type", schemaPath: "#/properties/coaching_opportunities/items/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err71 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/type", schemaPath: "#/properties/coaching_opportunities/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err71];
                            }
                            else {
                                vErrors.push(err71);
                            }
                            errors++;
                        }
                    }
                    if (data29.framework !== undefined) {
                        let data31 = data29.framework;
                        if (typeof data31 === "string") {
                            if (func2(data31) < 1) {
                                const err72 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/framework", schemaPath: "#/properties/coaching_opportunities/items/properties/framework/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err73 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/framework", schemaPath: "#/properties/coaching_opportunities/items/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err73];
                            }
                            else {
                                vErrors.push(err73);
                            }
                            errors++;
                        }
                    }
                    if (data29.suggestion !== undefined) {
                        let data32 = data29.suggestion;
                        if (typeof data32 === "string") {
                            if (func2(data32) < 1) {
                                const err74 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/suggestion", schemaPath: "#/properties/coaching_opportunities/items/properties/suggestion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err75 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/suggestion", schemaPath: "#/properties/coaching_opportunities/items/properties/suggestion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                    }
                    if (data29.coaching_prompt !== undefined) {
                        let data33 = data29.coaching_prompt;
                        if (typeof data33 === "string") {
                            if (func2(data33) < 1) {
                                const err76 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/coaching_prompt", schemaPath: "#/properties/coaching_opportunities/items/properties/coaching_prompt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err76];
                                }
                                else {
                                    vErrors.push(err76);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err77 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/coaching_prompt", schemaPath: "#/properties/coaching_opportunities/items/properties/coaching_prompt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err78 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
            }
        }
        else {
            const err79 = { instancePath: instancePath + "/coaching_opportunities", schemaPath: "#/properties/coaching_opportunities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err79];
            }
            else {
                vErrors.push(err79);
            }
            errors++;
        }
    }
}
else {
    const err80 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err80];
    }
    else {
        vErrors.push(err80);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }
const schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://lyfe.app/schemas/supertask/v1.0", "title": "Lyfe Supertask Format v1.0", "description": "JSON Schema for Lyfe supertask knowledge tasks format version 1.0", "type": "object", "required": ["title", "dimension", "archetype", "relatedToType", "relatedToId", "estimatedDuration", "coinsReward", "flexibleItems", "metadata"], "properties": { "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The title of the supertask" }, "dimension": { "type": "string", "enum": ["physicalHealth", "mentalHealth", "relationships", "work", "spirituality"], "description": "The life dimension this task addresses" }, "archetype": { "type": "string", "enum": ["warrior", "explorer", "sage", "ruler"], "description": "The user archetype this task is designed for" }, "relatedToType": { "type": "string", "enum": ["HABITBP", "GENERIC"], "description": "The type of content this task relates to" }, "relatedToId": { "type": "string", "minLength": 1, "description": "The ID of the related content" }, "estimatedDuration": { "type": "integer", "minimum": 60, "maximum": 7200, "description": "Estimated duration in seconds" }, "coinsReward": { "type": "integer", "minimum": 1, "maximum": 1000, "description": "Coins reward for completing the task" }, "flexibleItems": { "type": "array", "minItems": 1, "maxItems": 20, "description": "Array of content items with different types", "items": { "oneOf": [{ "type": "object", "required": ["type", "content"], "properties": { "type": { "const": "content" }, "content": { "type": "string", "minLength": 10, "maxLength": 5000, "description": "The main content text" }, "author": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Optional author of the content" }, "tips": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 500 }, "maxItems": 10, "description": "Optional array of tips" } }, "additionalProperties": false }, { "type": "object", "required": ["type", "content", "author"], "properties": { "type": { "const": "quote" }, "content": { "type": "string", "minLength": 10, "maxLength": 1000, "description": "The quote text" }, "author": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Author of the quote" } }, "additionalProperties": false }, { "type": "object", "required": ["type", "question", "options", "correctAnswer", "explanation"], "properties": { "type": { "const": "quiz" }, "question": { "type": "string", "minLength": 10, "maxLength": 500, "description": "The quiz question" }, "options": { "type": "array", "minItems": 2, "maxItems": 5, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "Array of answer options" }, "correctAnswer": { "type": "integer", "minimum": 0, "description": "Index of the correct answer (0-based)" }, "explanation": { "type": "string", "minLength": 10, "maxLength": 1000, "description": "Explanation of the correct answer" } }, "additionalProperties": false }] } }, "metadata": { "type": "object", "required": ["language", "region", "created_at", "updated_at", "version"], "properties": { "language": { "type": "string", "enum": ["portuguese", "english", "spanish"], "description": "Content language" }, "region": { "type": "string", "minLength": 1, "description": "Target region" }, "created_at": { "type": "string", "format": "date-time", "description": "Creation timestamp in ISO 8601 format" }, "updated_at": { "type": "string", "format": "date-time", "description": "Last update timestamp in ISO 8601 format" }, "version": { "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?$", "description": "Version number in semantic versioning format" }, "generated_by": { "type": "string", "description": "Tool that generated this content" }, "generation_timestamp": { "type": "string", "format": "date-time", "description": "Generation timestamp" }, "ari_persona_applied": { "type": "boolean", "description": "Whether Ari persona was applied" }, "difficulty_level": { "type": "string", "enum": ["beginner", "intermediate", "advanced"], "description": "Difficulty level of the content" }, "source_template": { "type": "string", "description": "Source template filename" } }, "additionalProperties": true } }, "additionalProperties": false };
const func17 = Object.prototype.hasOwnProperty;
const formats0 = runtime2.fullFormats["date-time"];
const pattern0 = new RegExp("^\\d+\\.\\d+(\\.\\d+)?$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://lyfe.app/schemas/supertask/v1.0" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.dimension === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dimension" }, message: "must have required property '" + "dimension" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.archetype === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "archetype" }, message: "must have required property '" + "archetype" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.relatedToType === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relatedToType" }, message: "must have required property '" + "relatedToType" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.relatedToId === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relatedToId" }, message: "must have required property '" + "relatedToId" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.estimatedDuration === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "estimatedDuration" }, message: "must have required property '" + "estimatedDuration" + "'" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.coinsReward === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coinsReward" }, message: "must have required property '" + "coinsReward" + "'" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    if (data.flexibleItems === undefined) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexibleItems" }, message: "must have required property '" + "flexibleItems" + "'" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    if (data.metadata === undefined) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property '" + "metadata" + "'" };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func17.call(schema12.properties, key0))) {
            const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data0 = data.title;
        if (typeof data0 === "string") {
            if (func2(data0) > 200) {
                const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (func2(data0) < 1) {
                const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.dimension !== undefined) {
        let data1 = data.dimension;
        if (typeof data1 !== "string") {
            const err13 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (!(((((data1 === "physicalHealth") || (data1 === "mentalHealth")) || (data1 === "relationships")) || (data1 === "work")) || (data1 === "spirituality"))) {
            const err14 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/enum", keyword: "enum", params: { allowedValues: schema12.properties.dimension.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.archetype !== undefined) {
        let data2 = data.archetype;
        if (typeof data2 !== "string") {
            const err15 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (!((((data2 === "warrior") || (data2 === "explorer")) || (data2 === "sage")) || (data2 === "ruler"))) {
            const err16 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/enum", keyword: "enum", params: { allowedValues: schema12.properties.archetype.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.relatedToType !== undefined) {
        let data3 = data.relatedToType;
        if (typeof data3 !== "string") {
            const err17 = { instancePath: instancePath + "/relatedToType", schemaPath: "#/properties/relatedToType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (!((data3 === "HABITBP") || (data3 === "GENERIC"))) {
            const err18 = { instancePath: instancePath + "/relatedToType", schemaPath: "#/properties/relatedToType/enum", keyword: "enum", params: { allowedValues: schema12.properties.relatedToType.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.relatedToId !== undefined) {
        let data4 = data.relatedToId;
        if (typeof data4 === "string") {
            if (func2(data4) < 1) {
                const err19 = { instancePath: instancePath + "/relatedToId", schemaPath: "#/properties/relatedToId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/relatedToId", schemaPath: "#/properties/relatedToId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.estimatedDuration !== undefined) {
        let data5 = data.estimatedDuration;
        if (!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) {
            const err21 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
        if (typeof data5 == "number") {
            if (data5 > 7200 || isNaN(data5)) {
                const err22 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7200 }, message: "must be <= 7200" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if (data5 < 60 || isNaN(data5)) {
                const err23 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    if (data.coinsReward !== undefined) {
        let data6 = data.coinsReward;
        if (!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) {
            const err24 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
        if (typeof data6 == "number") {
            if (data6 > 1000 || isNaN(data6)) {
                const err25 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
                const err26 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    if (data.flexibleItems !== undefined) {
        let data7 = data.flexibleItems;
        if (Array.isArray(data7)) {
            if (data7.length > 20) {
                const err27 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            if (data7.length < 1) {
                const err28 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data8 = data7[i0];
                const _errs19 = errors;
                let valid3 = false;
                let passing0 = null;
                const _errs20 = errors;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.type === undefined) {
                        const err29 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (data8.content === undefined) {
                        const err30 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property '" + "content" + "'" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    for (const key1 in data8) {
                        if (!((((key1 === "type") || (key1 === "content")) || (key1 === "author")) || (key1 === "tips"))) {
                            const err31 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data8.type !== undefined) {
                        if ("content" !== data8.type) {
                            const err32 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/type/const", keyword: "const", params: { allowedValue: "content" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data8.content !== undefined) {
                        let data10 = data8.content;
                        if (typeof data10 === "string") {
                            if (func2(data10) > 5000) {
                                const err33 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/maxLength", keyword: "maxLength", params: { limit: 5000 }, message: "must NOT have more than 5000 characters" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                            if (func2(data10) < 10) {
                                const err34 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data8.author !== undefined) {
                        let data11 = data8.author;
                        if (typeof data11 === "string") {
                            if (func2(data11) > 100) {
                                const err36 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            if (func2(data11) < 1) {
                                const err37 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    if (data8.tips !== undefined) {
                        let data12 = data8.tips;
                        if (Array.isArray(data12)) {
                            if (data12.length > 10) {
                                const err39 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                            const len1 = data12.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data13 = data12[i1];
                                if (typeof data13 === "string") {
                                    if (func2(data13) > 500) {
                                        const err40 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err40];
                                        }
                                        else {
                                            vErrors.push(err40);
                                        }
                                        errors++;
                                    }
                                    if (func2(data13) < 1) {
                                        const err41 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err42 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err43 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                var _valid0 = _errs20 === errors;
                if (_valid0) {
                    valid3 = true;
                    passing0 = 0;
                }
                const _errs32 = errors;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.type === undefined) {
                        const err45 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                    if (data8.content === undefined) {
                        const err46 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property '" + "content" + "'" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                    if (data8.author === undefined) {
                        const err47 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'" };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                    for (const key2 in data8) {
                        if (!(((key2 === "type") || (key2 === "content")) || (key2 === "author"))) {
                            const err48 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    if (data8.type !== undefined) {
                        if ("quote" !== data8.type) {
                            const err49 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "quote" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    if (data8.content !== undefined) {
                        let data15 = data8.content;
                        if (typeof data15 === "string") {
                            if (func2(data15) > 1000) {
                                const err50 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters" };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                            if (func2(data15) < 10) {
                                const err51 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err52 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err52];
                            }
                            else {
                                vErrors.push(err52);
                            }
                            errors++;
                        }
                    }
                    if (data8.author !== undefined) {
                        let data16 = data8.author;
                        if (typeof data16 === "string") {
                            if (func2(data16) > 100) {
                                const err53 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                            if (func2(data16) < 1) {
                                const err54 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err55 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err56 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
                var _valid0 = _errs32 === errors;
                if (_valid0 && valid3) {
                    valid3 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid3 = true;
                        passing0 = 1;
                    }
                    const _errs40 = errors;
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        if (data8.type === undefined) {
                            const err57 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                        if (data8.question === undefined) {
                            const err58 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "question" }, message: "must have required property '" + "question" + "'" };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                        if (data8.options === undefined) {
                            const err59 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property '" + "options" + "'" };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                        }
                        if (data8.correctAnswer === undefined) {
                            const err60 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "correctAnswer" }, message: "must have required property '" + "correctAnswer" + "'" };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                        if (data8.explanation === undefined) {
                            const err61 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "explanation" }, message: "must have required property '" + "explanation" + "'" };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                        for (const key3 in data8) {
                            if (!(((((key3 === "type") || (key3 === "question")) || (key3 === "options")) || (key3 === "correctAnswer")) || (key3 === "explanation"))) {
                                const err62 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        if (data8.type !== undefined) {
                            if ("quiz" !== data8.type) {
                                const err63 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "quiz" }, message: "must be equal to constant" };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data8.question !== undefined) {
                            let data18 = data8.question;
                            if (typeof data18 === "string") {
                                if (func2(data18) > 500) {
                                    const err64 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (func2(data18) < 10) {
                                    const err65 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                        if (data8.options !== undefined) {
                            let data19 = data8.options;
                            if (Array.isArray(data19)) {
                                if (data19.length > 5) {
                                    const err67 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                                if (data19.length < 2) {
                                    const err68 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                                const len2 = data19.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data20 = data19[i2];
                                    if (typeof data20 === "string") {
                                        if (func2(data20) > 200) {
                                            const err69 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err69];
                                            }
                                            else {
                                                vErrors.push(err69);
                                            }
                                            errors++;
                                        }
                                        if (func2(data20) < 1) {
                                            const err70 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err70];
                                            }
                                            else {
                                                vErrors.push(err70);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err71 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err71];
                                        }
                                        else {
                                            vErrors.push(err71);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err72 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        if (data8.correctAnswer !== undefined) {
                            let data21 = data8.correctAnswer;
                            if (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) {
                                const err73 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/correctAnswer", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/correctAnswer/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                            if (typeof data21 == "number") {
                                if (data21 < 0 || isNaN(data21)) {
                                    const err74 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/correctAnswer", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/correctAnswer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err74];
                                    }
                                    else {
                                        vErrors.push(err74);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data8.explanation !== undefined) {
                            let data22 = data8.explanation;
                            if (typeof data22 === "string") {
                                if (func2(data22) > 1000) {
                                    const err75 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                                if (func2(data22) < 10) {
                                    const err76 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err78 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                    var _valid0 = _errs40 === errors;
                    if (_valid0 && valid3) {
                        valid3 = false;
                        passing0 = [passing0, 2];
                    }
                    else {
                        if (_valid0) {
                            valid3 = true;
                            passing0 = 2;
                        }
                    }
                }
                if (!valid3) {
                    const err79 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
                else {
                    errors = _errs19;
                    if (vErrors !== null) {
                        if (_errs19) {
                            vErrors.length = _errs19;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err80 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err80];
            }
            else {
                vErrors.push(err80);
            }
            errors++;
        }
    }
    if (data.metadata !== undefined) {
        let data23 = data.metadata;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.language === undefined) {
                const err81 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property '" + "language" + "'" };
                if (vErrors === null) {
                    vErrors = [err81];
                }
                else {
                    vErrors.push(err81);
                }
                errors++;
            }
            if (data23.region === undefined) {
                const err82 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'" };
                if (vErrors === null) {
                    vErrors = [err82];
                }
                else {
                    vErrors.push(err82);
                }
                errors++;
            }
            if (data23.created_at === undefined) {
                const err83 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property '" + "created_at" + "'" };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
            if (data23.updated_at === undefined) {
                const err84 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property '" + "updated_at" + "'" };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            if (data23.version === undefined) {
                const err85 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                if (vErrors === null) {
                    vErrors = [err85];
                }
                else {
                    vErrors.push(err85);
                }
                errors++;
            }
            if (data23.language !== undefined) {
                let data24 = data23.language;
                if (typeof data24 !== "string") {
                    const err86 = { instancePath: instancePath + "/metadata/language", schemaPath: "#/properties/metadata/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
                if (!(((data24 === "portuguese") || (data24 === "english")) || (data24 === "spanish"))) {
                    const err87 = { instancePath: instancePath + "/metadata/language", schemaPath: "#/properties/metadata/properties/language/enum", keyword: "enum", params: { allowedValues: schema12.properties.metadata.properties.language.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
            }
            if (data23.region !== undefined) {
                let data25 = data23.region;
                if (typeof data25 === "string") {
                    if (func2(data25) < 1) {
                        const err88 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/properties/metadata/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                }
                else {
                    const err89 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/properties/metadata/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
            }
            if (data23.created_at !== undefined) {
                let data26 = data23.created_at;
                if (typeof data26 === "string") {
                    if (!(formats0.validate(data26))) {
                        const err90 = { instancePath: instancePath + "/metadata/created_at", schemaPath: "#/properties/metadata/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
                else {
                    const err91 = { instancePath: instancePath + "/metadata/created_at", schemaPath: "#/properties/metadata/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
            }
            if (data23.updated_at !== undefined) {
                let data27 = data23.updated_at;
                if (typeof data27 === "string") {
                    if (!(formats0.validate(data27))) {
                        const err92 = { instancePath: instancePath + "/metadata/updated_at", schemaPath: "#/properties/metadata/properties/updated_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                }
                else {
                    const err93 = { instancePath: instancePath + "/metadata/updated_at", schemaPath: "#/properties/metadata/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
            }
            if (data23.version !== undefined) {
                let data28 = data23.version;
                if (typeof data28 === "string") {
                    if (!pattern0.test(data28)) {
                        const err94 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?$" }, message: "must match pattern \"" + "^\\d+\\.\\d+(\\.\\d+)?$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
                else {
                    const err95 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err95];
                    }
                    else {
                        vErrors.push(err95);
                    }
                    errors++;
                }
            }
            if (data23.generated_by !== undefined) {
                if (typeof data23.generated_by !== "string") {
                    const err96 = { instancePath: instancePath + "/metadata/generated_by", schemaPath: "#/properties/metadata/properties/generated_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err96];
                    }
                    else {
                        vErrors.push(err96);
                    }
                    errors++;
                }
            }
            if (data23.generation_timestamp !== undefined) {
                let data30 = data23.generation_timestamp;
                if (typeof data30 === "string") {
                    if (!(formats0.validate(data30))) {
                        const err97 = { instancePath: instancePath + "/metadata/generation_timestamp", schemaPath: "#/properties/metadata/properties/generation_timestamp/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
                else {
                    const err98 = { instancePath: instancePath + "/metadata/generation_timestamp", schemaPath: "#/properties/metadata/properties/generation_timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err98];
                    }
                    else {
                        vErrors.push(err98);
                    }
                    errors++;
                }
            }
            if (data23.ari_persona_applied !== undefined) {
                if (typeof data23.ari_persona_applied !== "boolean") {
                    const err99 = { instancePath: instancePath + "/metadata/ari_persona_applied", schemaPath: "#/properties/metadata/properties/ari_persona_applied/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                        vErrors = [err99];
                    }
                    else {
                        vErrors.push(err99);
                    }
                    errors++;
                }
            }
            if (data23.difficulty_level !== undefined) {
                let data32 = data23.difficulty_level;
                if (typeof data32 !== "string") {
                    const err100 = { instancePath: instancePath + "/metadata/difficulty_level", schemaPath: "#/properties/metadata/properties/difficulty_level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err100];
                    }
                    else {
                        vErrors.push(err100);
                    }
                    errors++;
                }
                if (!(((data32 === "beginner") || (data32 === "intermediate")) || (data32 === "advanced"))) {
                    const err101 = { instancePath: instancePath + "/metadata/difficulty_level", schemaPath: "#/properties/metadata/properties/difficulty_level/enum", keyword: "enum", params: { allowedValues: schema12.properties.metadata.properties.difficulty_level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err101];
                    }
                    else {
                        vErrors.push(err101);
                    }
                    errors++;
                }
            }
            if (data23.source_template !== undefined) {
                if (typeof data23.source_template !== "string") {
                    const err102 = { instancePath: instancePath + "/metadata/source_template", schemaPath: "#/properties/metadata/properties/source_template/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err102];
                    }
                    else {
                        vErrors.push(err102);
                    }
                    errors++;
                }
            }
        }
        else {
            const err103 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err103];
            }
            else {
                vErrors.push(err103);
            }
            errors++;
        }
    }
}
else {
    const err104 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err104];
    }
    else {
        vErrors.push(err104);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
const schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://lyfe.app/schemas/supertask/v1.1", "title": "Lyfe Supertask Format v1.1 - Mobile Optimized", "description": "JSON Schema for Lyfe supertask knowledge tasks format version 1.1 with mobile-first constraints", "type": "object", "required": ["title", "dimension", "archetype", "relatedToType", "relatedToId", "estimatedDuration", "coinsReward", "flexibleItems", "metadata"], "properties": { "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The title of the supertask" }, "dimension": { "type": "string", "enum": ["physicalHealth", "mentalHealth", "relationships", "work", "spirituality"], "description": "The life dimension this task addresses" }, "archetype": { "type": "string", "enum": ["warrior", "explorer", "sage", "ruler"], "description": "The user archetype this task is designed for" }, "relatedToType": { "type": "string", "enum": ["HABITBP", "GENERIC"], "description": "The type of content this task relates to" }, "relatedToId": { "type": "string", "minLength": 1, "description": "The ID of the related content" }, "estimatedDuration": { "type": "integer", "minimum": 180, "maximum": 600, "description": "Estimated duration in seconds (3-10 minutes for mobile)" }, "coinsReward": { "type": "integer", "minimum": 1, "maximum": 1000, "description": "Coins reward for completing the task" }, "flexibleItems": { "type": "array", "minItems": 3, "maxItems": 8, "description": "Array of content items optimized for mobile screens", "items": { "oneOf": [{ "type": "object", "required": ["type", "content"], "properties": { "type": { "const": "content" }, "content": { "type": "string", "minLength": 50, "maxLength": 300, "description": "Main content text optimized for mobile (50-300 chars)" }, "author": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Optional author of the content" }, "tips": { "type": "array", "items": { "type": "string", "minLength": 20, "maxLength": 150 }, "maxItems": 5, "description": "Optional array of tips (mobile-optimized)" } }, "additionalProperties": false }, { "type": "object", "required": ["type", "content", "author"], "properties": { "type": { "const": "quote" }, "content": { "type": "string", "minLength": 20, "maxLength": 200, "description": "Quote text optimized for mobile (20-200 chars)" }, "author": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Author of the quote" } }, "additionalProperties": false }, { "type": "object", "required": ["type", "question", "options", "correctAnswer", "explanation"], "properties": { "type": { "const": "quiz" }, "question": { "type": "string", "minLength": 15, "maxLength": 120, "description": "Quiz question optimized for mobile (15-120 chars)" }, "options": { "type": "array", "minItems": 2, "maxItems": 5, "items": { "type": "string", "minLength": 3, "maxLength": 60 }, "description": "Answer options optimized for mobile (3-60 chars each)" }, "correctAnswer": { "type": "integer", "minimum": 0, "description": "Index of the correct answer (0-based)" }, "explanation": { "type": "string", "minLength": 30, "maxLength": 250, "description": "Explanation optimized for mobile (30-250 chars)" } }, "additionalProperties": false }] } }, "metadata": { "type": "object", "required": ["language", "region", "created_at", "updated_at", "version"], "properties": { "language": { "type": "string", "enum": ["portuguese", "english", "spanish"], "description": "Content language" }, "region": { "type": "string", "minLength": 1, "description": "Target region" }, "created_at": { "type": "string", "format": "date-time", "description": "Creation timestamp in ISO 8601 format" }, "updated_at": { "type": "string", "format": "date-time", "description": "Last update timestamp in ISO 8601 format" }, "version": { "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?$", "description": "Version number in semantic versioning format" }, "generated_by": { "type": "string", "description": "Tool that generated this content" }, "generation_timestamp": { "type": "string", "format": "date-time", "description": "Generation timestamp" }, "ari_persona_applied": { "type": "boolean", "description": "Whether Ari persona was applied" }, "difficulty_level": { "type": "string", "enum": ["beginner", "intermediate", "advanced"], "description": "Difficulty level of the content" }, "source_template": { "type": "string", "description": "Source template filename" }, "mobile_optimization_score": { "type": "number", "minimum": 0, "maximum": 1, "description": "Mobile optimization score (0.0-1.0)" } }, "additionalProperties": true } }, "additionalProperties": false };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://lyfe.app/schemas/supertask/v1.1" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.dimension === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dimension" }, message: "must have required property '" + "dimension" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.archetype === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "archetype" }, message: "must have required property '" + "archetype" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.relatedToType === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relatedToType" }, message: "must have required property '" + "relatedToType" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.relatedToId === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relatedToId" }, message: "must have required property '" + "relatedToId" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.estimatedDuration === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "estimatedDuration" }, message: "must have required property '" + "estimatedDuration" + "'" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.coinsReward === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coinsReward" }, message: "must have required property '" + "coinsReward" + "'" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    if (data.flexibleItems === undefined) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexibleItems" }, message: "must have required property '" + "flexibleItems" + "'" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    if (data.metadata === undefined) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property '" + "metadata" + "'" };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func17.call(schema13.properties, key0))) {
            const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data0 = data.title;
        if (typeof data0 === "string") {
            if (func2(data0) > 200) {
                const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (func2(data0) < 1) {
                const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.dimension !== undefined) {
        let data1 = data.dimension;
        if (typeof data1 !== "string") {
            const err13 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (!(((((data1 === "physicalHealth") || (data1 === "mentalHealth")) || (data1 === "relationships")) || (data1 === "work")) || (data1 === "spirituality"))) {
            const err14 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/enum", keyword: "enum", params: { allowedValues: schema13.properties.dimension.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.archetype !== undefined) {
        let data2 = data.archetype;
        if (typeof data2 !== "string") {
            const err15 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (!((((data2 === "warrior") || (data2 === "explorer")) || (data2 === "sage")) || (data2 === "ruler"))) {
            const err16 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/enum", keyword: "enum", params: { allowedValues: schema13.properties.archetype.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.relatedToType !== undefined) {
        let data3 = data.relatedToType;
        if (typeof data3 !== "string") {
            const err17 = { instancePath: instancePath + "/relatedToType", schemaPath: "#/properties/relatedToType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (!((data3 === "HABITBP") || (data3 === "GENERIC"))) {
            const err18 = { instancePath: instancePath + "/relatedToType", schemaPath: "#/properties/relatedToType/enum", keyword: "enum", params: { allowedValues: schema13.properties.relatedToType.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.relatedToId !== undefined) {
        let data4 = data.relatedToId;
        if (typeof data4 === "string") {
            if (func2(data4) < 1) {
                const err19 = { instancePath: instancePath + "/relatedToId", schemaPath: "#/properties/relatedToId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/relatedToId", schemaPath: "#/properties/relatedToId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.estimatedDuration !== undefined) {
        let data5 = data.estimatedDuration;
        if (!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) {
            const err21 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
        if (typeof data5 == "number") {
            if (data5 > 600 || isNaN(data5)) {
                const err22 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if (data5 < 180 || isNaN(data5)) {
                const err23 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 180 }, message: "must be >= 180" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    if (data.coinsReward !== undefined) {
        let data6 = data.coinsReward;
        if (!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) {
            const err24 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
        if (typeof data6 == "number") {
            if (data6 > 1000 || isNaN(data6)) {
                const err25 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
                const err26 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    if (data.flexibleItems !== undefined) {
        let data7 = data.flexibleItems;
        if (Array.isArray(data7)) {
            if (data7.length > 8) {
                const err27 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            if (data7.length < 3) {
                const err28 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/minItems", keyword: "minItems", params: { limit: 3 }, message: "must NOT have fewer than 3 items" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data8 = data7[i0];
                const _errs19 = errors;
                let valid3 = false;
                let passing0 = null;
                const _errs20 = errors;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.type === undefined) {
                        const err29 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (data8.content === undefined) {
                        const err30 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property '" + "content" + "'" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    for (const key1 in data8) {
                        if (!((((key1 === "type") || (key1 === "content")) || (key1 === "author")) || (key1 === "tips"))) {
                            const err31 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data8.type !== undefined) {
                        if ("content" !== data8.type) {
                            const err32 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/type/const", keyword: "const", params: { allowedValue: "content" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data8.content !== undefined) {
                        let data10 = data8.content;
                        if (typeof data10 === "string") {
                            if (func2(data10) > 300) {
                                const err33 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                            if (func2(data10) < 50) {
                                const err34 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/minLength", keyword: "minLength", params: { limit: 50 }, message: "must NOT have fewer than 50 characters" };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data8.author !== undefined) {
                        let data11 = data8.author;
                        if (typeof data11 === "string") {
                            if (func2(data11) > 100) {
                                const err36 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            if (func2(data11) < 1) {
                                const err37 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    if (data8.tips !== undefined) {
                        let data12 = data8.tips;
                        if (Array.isArray(data12)) {
                            if (data12.length > 5) {
                                const err39 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                            const len1 = data12.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data13 = data12[i1];
                                if (typeof data13 === "string") {
                                    if (func2(data13) > 150) {
                                        const err40 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/maxLength", keyword: "maxLength", params: { limit: 150 }, message: "must NOT have more than 150 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err40];
                                        }
                                        else {
                                            vErrors.push(err40);
                                        }
                                        errors++;
                                    }
                                    if (func2(data13) < 20) {
                                        const err41 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err42 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err43 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                var _valid0 = _errs20 === errors;
                if (_valid0) {
                    valid3 = true;
                    passing0 = 0;
                }
                const _errs32 = errors;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.type === undefined) {
                        const err45 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                    if (data8.content === undefined) {
                        const err46 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property '" + "content" + "'" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                    if (data8.author === undefined) {
                        const err47 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'" };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                    for (const key2 in data8) {
                        if (!(((key2 === "type") || (key2 === "content")) || (key2 === "author"))) {
                            const err48 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    if (data8.type !== undefined) {
                        if ("quote" !== data8.type) {
                            const err49 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "quote" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    if (data8.content !== undefined) {
                        let data15 = data8.content;
                        if (typeof data15 === "string") {
                            if (func2(data15) > 200) {
                                const err50 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                            if (func2(data15) < 20) {
                                const err51 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err52 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err52];
                            }
                            else {
                                vErrors.push(err52);
                            }
                            errors++;
                        }
                    }
                    if (data8.author !== undefined) {
                        let data16 = data8.author;
                        if (typeof data16 === "string") {
                            if (func2(data16) > 100) {
                                const err53 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                            if (func2(data16) < 1) {
                                const err54 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err55 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err56 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
                var _valid0 = _errs32 === errors;
                if (_valid0 && valid3) {
                    valid3 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid3 = true;
                        passing0 = 1;
                    }
                    const _errs40 = errors;
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        if (data8.type === undefined) {
                            const err57 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                        if (data8.question === undefined) {
                            const err58 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "question" }, message: "must have required property '" + "question" + "'" };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                        if (data8.options === undefined) {
                            const err59 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property '" + "options" + "'" };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                        }
                        if (data8.correctAnswer === undefined) {
                            const err60 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "correctAnswer" }, message: "must have required property '" + "correctAnswer" + "'" };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                        if (data8.explanation === undefined) {
                            const err61 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "explanation" }, message: "must have required property '" + "explanation" + "'" };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                        for (const key3 in data8) {
                            if (!(((((key3 === "type") || (key3 === "question")) || (key3 === "options")) || (key3 === "correctAnswer")) || (key3 === "explanation"))) {
                                const err62 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        if (data8.type !== undefined) {
                            if ("quiz" !== data8.type) {
                                const err63 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "quiz" }, message: "must be equal to constant" };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data8.question !== undefined) {
                            let data18 = data8.question;
                            if (typeof data18 === "string") {
                                if (func2(data18) > 120) {
                                    const err64 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (func2(data18) < 15) {
                                    const err65 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/minLength", keyword: "minLength", params: { limit: 15 }, message: "must NOT have fewer than 15 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                        if (data8.options !== undefined) {
                            let data19 = data8.options;
                            if (Array.isArray(data19)) {
                                if (data19.length > 5) {
                                    const err67 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                                if (data19.length < 2) {
                                    const err68 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                                const len2 = data19.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data20 = data19[i2];
                                    if (typeof data20 === "string") {
                                        if (func2(data20) > 60) {
                                            const err69 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err69];
                                            }
                                            else {
                                                vErrors.push(err69);
                                            }
                                            errors++;
                                        }
                                        if (func2(data20) < 3) {
                                            const err70 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err70];
                                            }
                                            else {
                                                vErrors.push(err70);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err71 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err71];
                                        }
                                        else {
                                            vErrors.push(err71);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err72 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        if (data8.correctAnswer !== undefined) {
                            let data21 = data8.correctAnswer;
                            if (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) {
                                const err73 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/correctAnswer", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/correctAnswer/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                            if (typeof data21 == "number") {
                                if (data21 < 0 || isNaN(data21)) {
                                    const err74 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/correctAnswer", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/correctAnswer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err74];
                                    }
                                    else {
                                        vErrors.push(err74);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data8.explanation !== undefined) {
                            let data22 = data8.explanation;
                            if (typeof data22 === "string") {
                                if (func2(data22) > 250) {
                                    const err75 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/maxLength", keyword: "maxLength", params: { limit: 250 }, message: "must NOT have more than 250 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                                if (func2(data22) < 30) {
                                    const err76 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/minLength", keyword: "minLength", params: { limit: 30 }, message: "must NOT have fewer than 30 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err78 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                    var _valid0 = _errs40 === errors;
                    if (_valid0 && valid3) {
                        valid3 = false;
                        passing0 = [passing0, 2];
                    }
                    else {
                        if (_valid0) {
                            valid3 = true;
                            passing0 = 2;
                        }
                    }
                }
                if (!valid3) {
                    const err79 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
                else {
                    errors = _errs19;
                    if (vErrors !== null) {
                        if (_errs19) {
                            vErrors.length = _errs19;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err80 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err80];
            }
            else {
                vErrors.push(err80);
            }
            errors++;
        }
    }
    if (data.metadata !== undefined) {
        let data23 = data.metadata;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.language === undefined) {
                const err81 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property '" + "language" + "'" };
                if (vErrors === null) {
                    vErrors = [err81];
                }
                else {
                    vErrors.push(err81);
                }
                errors++;
            }
            if (data23.region === undefined) {
                const err82 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'" };
                if (vErrors === null) {
                    vErrors = [err82];
                }
                else {
                    vErrors.push(err82);
                }
                errors++;
            }
            if (data23.created_at === undefined) {
                const err83 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property '" + "created_at" + "'" };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
            if (data23.updated_at === undefined) {
                const err84 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property '" + "updated_at" + "'" };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            if (data23.version === undefined) {
                const err85 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                if (vErrors === null) {
                    vErrors = [err85];
                }
                else {
                    vErrors.push(err85);
                }
                errors++;
            }
            if (data23.language !== undefined) {
                let data24 = data23.language;
                if (typeof data24 !== "string") {
                    const err86 = { instancePath: instancePath + "/metadata/language", schemaPath: "#/properties/metadata/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
                if (!(((data24 === "portuguese") || (data24 === "english")) || (data24 === "spanish"))) {
                    const err87 = { instancePath: instancePath + "/metadata/language", schemaPath: "#/properties/metadata/properties/language/enum", keyword: "enum", params: { allowedValues: schema13.properties.metadata.properties.language.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
            }
            if (data23.region !== undefined) {
                let data25 = data23.region;
                if (typeof data25 === "string") {
                    if (func2(data25) < 1) {
                        const err88 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/properties/metadata/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                }
                else {
                    const err89 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/properties/metadata/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
            }
            if (data23.created_at !== undefined) {
                let data26 = data23.created_at;
                if (typeof data26 === "string") {
                    if (!(formats0.validate(data26))) {
                        const err90 = { instancePath: instancePath + "/metadata/created_at", schemaPath: "#/properties/metadata/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
                else {
                    const err91 = { instancePath: instancePath + "/metadata/created_at", schemaPath: "#/properties/metadata/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
            }
            if (data23.updated_at !== undefined) {
                let data27 = data23.updated_at;
                if (typeof data27 === "string") {
                    if (!(formats0.validate(data27))) {
                        const err92 = { instancePath: instancePath + "/metadata/updated_at", schemaPath: "#/properties/metadata/properties/updated_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                }
                else {
                    const err93 = { instancePath: instancePath + "/metadata/updated_at", schemaPath: "#/properties/metadata/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
            }
            if (data23.version !== undefined) {
                let data28 = data23.version;
                if (typeof data28 === "string") {
                    if (!pattern0.test(data28)) {
                        const err94 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?$" }, message: "must match pattern \"" + "^\\d+\\.\\d+(\\.\\d+)?$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
                else {
                    const err95 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err95];
                    }
                    else {
                        vErrors.push(err95);
                    }
                    errors++;
                }
            }
            if (data23.generated_by !== undefined) {
                if (typeof data23.generated_by !== "string") {
                    const err96 = { instancePath: instancePath + "/metadata/generated_by", schemaPath: "#/properties/metadata/properties/generated_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err96];
                    }
                    else {
                        vErrors.push(err96);
                    }
                    errors++;
                }
            }
            if (data23.generation_timestamp !== undefined) {
                let data30 = data23.generation_timestamp;
                if (typeof data30 === "string") {
                    if (!(formats0.validate(data30))) {
                        const err97 = { instancePath: instancePath + "/metadata/generation_timestamp", schemaPath: "#/properties/metadata/properties/generation_timestamp/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
                else {
                    const err98 = { instancePath: instancePath + "/metadata/generation_timestamp", schemaPath: "#/properties/metadata/properties/generation_timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err98];
                    }
                    else {
                        vErrors.push(err98);
                    }
                    errors++;
                }
            }
            if (data23.ari_persona_applied !== undefined) {
                if (typeof data23.ari_persona_applied !== "boolean") {
                    const err99 = { instancePath: instancePath + "/metadata/ari_persona_applied", schemaPath: "#/properties/metadata/properties/ari_persona_applied/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                        vErrors = [err99];
                    }
                    else {
                        vErrors.push(err99);
                    }
                    errors++;
                }
            }
            if (data23.difficulty_level !== undefined) {
                let data32 = data23.difficulty_level;
                if (typeof data32 !== "string") {
                    const err100 = { instancePath: instancePath + "/metadata/difficulty_level", schemaPath: "#/properties/metadata/properties/difficulty_level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err100];
                    }
                    else {
                        vErrors.push(err100);
                    }
                    errors++;
                }
                if (!(((data32 === "beginner") || (data32 === "intermediate")) || (data32 === "advanced"))) {
                    const err101 = { instancePath: instancePath + "/metadata/difficulty_level", schemaPath: "#/properties/metadata/properties/difficulty_level/enum", keyword: "enum", params: { allowedValues: schema13.properties.metadata.properties.difficulty_level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err101];
                    }
                    else {
                        vErrors.push(err101);
                    }
                    errors++;
                }
            }
            if (data23.source_template !== undefined) {
                if (typeof data23.source_template !== "string") {
                    const err102 = { instancePath: instancePath + "/metadata/source_template", schemaPath: "#/properties/metadata/properties/source_template/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err102];
                    }
                    else {
                        vErrors.push(err102);
                    }
                    errors++;
                }
            }
            if (data23.mobile_optimization_score !== undefined) {
                let data34 = data23.mobile_optimization_score;
                if (typeof data34 == "number") {
                    if (data34 > 1 || isNaN(data34)) {
                        const err103 = { instancePath: instancePath + "/metadata/mobile_optimization_score", schemaPath: "#/properties/metadata/properties/mobile_optimization_score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                        if (vErrors === null) {
                            vErrors = [err103];
                        }
                        else {
                            vErrors.push(err103);
                        }
                        errors++;
                    }
                    if (data34 < 0 || isNaN(data34)) {
                        const err104 = { instancePath: instancePath + "/metadata/mobile_optimization_score", schemaPath: "#/properties/metadata/properties/mobile_optimization_score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err104];
                        }
                        else {
                            vErrors.push(err104);
                        }
                        errors++;
                    }
                }
                else {
                    const err105 = { instancePath: instancePath + "/metadata/mobile_optimization_score", schemaPath: "#/properties/metadata/properties/mobile_optimization_score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err105];
                    }
                    else {
                        vErrors.push(err105);
                    }
                    errors++;
                }
            }
        }
        else {
            const err106 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err106];
            }
            else {
                vErrors.push(err106);
            }
            errors++;
        }
    }
}
else {
    const err107 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err107];
    }
    else {
        vErrors.push(err107);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
export const validateAnalysisReply = validate10;
export const validateSupertask_1_0 = validate11;
export const validateSupertask_1_1 = validate12;
