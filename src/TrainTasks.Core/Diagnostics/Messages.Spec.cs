namespace TrainTasks.Core.Diagnostics;

/// <summary>
/// Diagnostics of spec files and search spaces, TT1001 to TT1299. Next free code: TT1071; strategy
/// <c>gradient</c> has TT1050 to TT1059, regression and hypergradient settings TT1060 to TT1069.
/// </summary>
public static partial class Messages
{
    /// <summary>TT1001: the spec file cannot be read.</summary>
    public static Diagnostic Spec_CannotRead(string file, string reason) =>
        Error("TT1001", $"cannot read the spec file: {reason} Check the path and its permissions.", new(file));

    /// <summary>TT1002: the spec is not valid JSON.</summary>
    public static Diagnostic Spec_JsonSyntax(SourceLocation location, string detail) =>
        Error("TT1002", $"the spec is not valid JSON: {detail}", location);

    /// <summary>TT1003: an object names the same key twice.</summary>
    public static Diagnostic Spec_DuplicateKey(SourceLocation location, string key) =>
        Error("TT1003", $"key '{key}' appears twice in the same object; keep one.", location);

    /// <summary>TT1004: a key the spec does not define.</summary>
    public static Diagnostic Spec_UnknownKey(SourceLocation location, string key, IEnumerable<string> allowed) =>
        Error(
            "TT1004",
            $"unknown key '{key}'; allowed here: {string.Join(", ", allowed)}. Check its spelling or remove it.",
            location);

    /// <summary>TT1005: a value of the wrong JSON type.</summary>
    public static Diagnostic Spec_WrongType(SourceLocation location, string value, string expected) =>
        Error("TT1005", $"expected {expected}; got {value}.", location);

    /// <summary>TT1006: a required key is missing.</summary>
    public static Diagnostic Spec_MissingKey(SourceLocation location, string key, string expected) =>
        Error("TT1006", $"required key '{key}' is missing; add it with {expected}.", location);

    /// <summary>TT1007: a sweep name with characters that cannot name a folder safely.</summary>
    public static Diagnostic Spec_NameInvalid(SourceLocation location, string name) =>
        Error(
            "TT1007",
            $"name \"{name}\" may use only letters, digits, '.', '_' and '-', and must start with a letter "
            + "or digit.",
            location);

    /// <summary>TT1008: a number outside its allowed range.</summary>
    public static Diagnostic Spec_NumberOutOfRange(SourceLocation location, string value, string rule) =>
        Error("TT1008", $"{value} is out of range; the value must be {rule}.", location);

    /// <summary>TT1009: a string that is not one of the allowed values.</summary>
    public static Diagnostic Spec_ValueNotAllowed(SourceLocation location, string value, IEnumerable<string> allowed) =>
        Error("TT1009", $"{value} is not allowed here; use one of: {string.Join(", ", allowed)}.", location);

    /// <summary>TT1010: CSV options given for data that is not CSV.</summary>
    public static Diagnostic Spec_CsvOptionsWithoutCsv(SourceLocation location, string format) =>
        Error(
            "TT1010",
            $"'csv' options apply only to format \"csv\", but the format is \"{format}\"; remove them.",
            location);

    /// <summary>TT1011: a CSV separator that is not exactly one character.</summary>
    public static Diagnostic Spec_SeparatorNotOneCharacter(SourceLocation location, string separator) =>
        Error("TT1011", $"the separator must be exactly one character; got \"{separator}\".", location);

    /// <summary>TT1012: a strategy that is planned but not available in this version.</summary>
    public static Diagnostic Spec_StrategyNotAvailable(
        SourceLocation location,
        string strategy,
        IEnumerable<string> available) =>
        Error(
            "TT1012",
            $"strategy \"{strategy}\" is not available in this version; use one of: {string.Join(", ", available)}.",
            location);

    /// <summary>TT1013: a fixed model or training value that breaks its parameter's rule.</summary>
    public static Diagnostic Spec_ParameterValueInvalid(
        SourceLocation location,
        string name,
        string value,
        string rule) =>
        Error("TT1013", $"'{name}' must be {rule}; got {value}.", location);

    /// <summary>TT1020: a space entry whose name is not a built-in parameter.</summary>
    public static Diagnostic Spec_SpaceUnknownParameter(
        SourceLocation location,
        string name,
        IEnumerable<string> known) =>
        Error(
            "TT1020",
            $"'{name}' is not a parameter that can be searched; use one of: {string.Join(", ", known)}.",
            location);

    /// <summary>TT1021: a space type that does not fit the parameter.</summary>
    public static Diagnostic Spec_SpaceTypeNotAllowed(
        SourceLocation location,
        string name,
        string type,
        IEnumerable<string> allowed) =>
        Error(
            "TT1021",
            $"'{name}' cannot be searched as \"{type}\"; use type {string.Join(" or ", allowed)}.",
            location);

    /// <summary>TT1022: a range whose lower bound is above its upper bound.</summary>
    public static Diagnostic Spec_RangeBoundsReversed(SourceLocation location, string low, string high) =>
        Error("TT1022", $"low {low} is above high {high}; swap the bounds.", location);

    /// <summary>TT1023: a log range whose lower bound is not above 0.</summary>
    public static Diagnostic Spec_LogBoundNotPositive(SourceLocation location, string low) =>
        Error(
            "TT1023",
            $"log scale needs a lower bound above 0; got {low}. Raise low or set \"log\": false.",
            location);

    /// <summary>TT1024: a step that is not above 0.</summary>
    public static Diagnostic Spec_StepNotPositive(SourceLocation location, string step) =>
        Error("TT1024", $"the step must be above 0; got {step}.", location);

    /// <summary>TT1025: an integer log range with a step other than 1.</summary>
    public static Diagnostic Spec_IntLogWithStep(SourceLocation location, string step) =>
        Error(
            "TT1025",
            $"an int range on log scale takes no step other than 1; got {step}. Remove the step.",
            location);

    /// <summary>TT1026: a float log range with a step.</summary>
    public static Diagnostic Spec_FloatLogWithStep(SourceLocation location, string step) =>
        Error(
            "TT1026",
            $"a float range on log scale takes no step; got {step}. Remove the step, or list the values as choices.",
            location);

    /// <summary>TT1027: a categorical entry without choices.</summary>
    public static Diagnostic Spec_ChoicesEmpty(SourceLocation location) =>
        Error("TT1027", "choices must list at least one value.", location);

    /// <summary>TT1028: a choice listed twice (compared in canonical JSON, so 0.1 equals 0.10).</summary>
    public static Diagnostic Spec_ChoiceDuplicate(SourceLocation location, string choice, int firstIndex) =>
        Error("TT1028", $"choice {choice} repeats choice [{firstIndex}]; remove one.", location);

    /// <summary>TT1029: a bound or choice that the built-in parameter does not accept.</summary>
    public static Diagnostic Spec_SpaceValueInvalid(SourceLocation location, string name, string value, string rule) =>
        Error("TT1029", $"'{name}' must be {rule}; the space allows {value}.", location);

    /// <summary>TT1030 (warning): a step that does not divide the range; the upper bound was lowered.</summary>
    public static Diagnostic Spec_StepAdjusted(SourceLocation location, string high, string adjusted, string step) =>
        Warning(
            "TT1030",
            $"step {step} does not divide the range, so high {high} was lowered to {adjusted}, the last point " +
            "on the step; values above it are never tried. Set high to it to silence this (or -warnAsMessage:TT1030).",
            location);

    /// <summary>TT1032: a float step so small that the range holds more points than any search could visit.</summary>
    public static Diagnostic Spec_StepTooSmall(SourceLocation location, string step, string maximum) =>
        Error(
            "TT1032",
            $"a step of {step} divides the range into more than {maximum} points; use a larger step, "
            + "or drop the step for a continuous range.",
            location);

    /// <summary>TT1070 (warning): <c>hypergradientRate</c> is given, but no trial adapts its learning rate.</summary>
    /// <param name="location">Where the spec gives it.</param>
    /// <param name="searched">Whether this place is the space entry (which repeats equal trials).</param>
    public static Diagnostic Spec_HypergradientRateUnused(SourceLocation location, bool searched) =>
        Warning(
            "TT1070",
            "'hypergradientRate' has no effect while learningRateAdaptation is \"none\""
            + (searched ? ", so every value searched trains the same model again" : "")
            + ". Set \"learningRateAdaptation\": \"hypergradient\", or remove hypergradientRate "
            + "(or -warnAsMessage:TT1070).",
            location);

    /// <summary>TT1031: a grid over a float parameter without a step.</summary>
    public static Diagnostic Spec_GridNeedsStep(SourceLocation location, string name) =>
        Error(
            "TT1031",
            $"strategy \"grid\" needs finitely many values, but '{name}' is a continuous float; " +
            "add a \"step\", make it categorical, or use strategy \"random\".",
            location);

    /// <summary>TT1040: a <c>when</c> object that does not name exactly one parent parameter.</summary>
    public static Diagnostic Spec_WhenNotOneParent(SourceLocation location, int count) =>
        Error(
            "TT1040",
            $"\"when\" must name exactly one parent parameter; it names {count}. Write "
            + "{ \"<parent>\": <choice> } or { \"<parent>\": [<choices>] }.",
            location);

    /// <summary>TT1041: a <c>when</c> parent that is not a parameter of the same space.</summary>
    public static Diagnostic Spec_WhenParentNotInSpace(
        SourceLocation location,
        string parent,
        IEnumerable<string> categorical) =>
        Error(
            "TT1041",
            $"'{parent}' is not a parameter of this space; a condition's parent must be a categorical "
            + $"parameter of the same space: {Listed(categorical)}.",
            location);

    /// <summary>TT1042: a <c>when</c> parent that is not categorical.</summary>
    public static Diagnostic Spec_WhenParentNotCategorical(SourceLocation location, string parent, string type) =>
        Error(
            "TT1042",
            $"'{parent}' is searched as \"{type}\"; a condition's parent must be categorical. List its "
            + "values as \"choices\" or name another parent.",
            location);

    /// <summary>TT1043: a <c>when</c> value that is not one of the parent's choices.</summary>
    public static Diagnostic Spec_WhenValueNotAChoice(
        SourceLocation location,
        string parent,
        string value,
        IEnumerable<string> choices) =>
        Error(
            "TT1043",
            $"{value} is not a choice of '{parent}'; use one of: {string.Join(", ", choices)}. A choice that "
            + "is itself a list goes inside a list: [[16]].",
            location);

    /// <summary>TT1044: a parameter whose <c>when</c> names itself.</summary>
    public static Diagnostic Spec_WhenSelfReference(SourceLocation location, string name) =>
        Error(
            "TT1044",
            $"'{name}' cannot depend on itself; name another categorical parameter, or remove \"when\".",
            location);

    /// <summary>TT1045: conditions that form a cycle.</summary>
    public static Diagnostic Spec_WhenCycle(SourceLocation location, IEnumerable<string> cycle) =>
        Error(
            "TT1045",
            $"the conditions form a cycle: {string.Join(" -> ", cycle)}; each parameter's parent must be "
            + "decided before it, so remove one \"when\" of the cycle.",
            location);

    /// <summary>TT1046: a <c>when</c> list without values.</summary>
    public static Diagnostic Spec_WhenValuesEmpty(SourceLocation location, string parent) =>
        Error(
            "TT1046",
            $"the list of '{parent}' values is empty, so the parameter would never be active; list at "
            + "least one choice.",
            location);

    /// <summary>TT1047: a <c>when</c> value listed twice.</summary>
    public static Diagnostic Spec_WhenValueDuplicate(SourceLocation location, string value, int firstIndex) =>
        Error("TT1047", $"value {value} repeats value [{firstIndex}]; remove one.", location);

    /// <summary>TT1048: a per-layer penalty whose layer no configuration's model has.</summary>
    /// <param name="location">Where the spec gives the penalty.</param>
    /// <param name="name">The penalty, such as <c>l2.5</c>.</param>
    /// <param name="value">Its fixed value under <c>training</c>; null for a <c>space</c> entry.</param>
    /// <param name="layer">The weight layer it names, from 0.</param>
    /// <param name="layers">The weight layers of the deepest model the spec can build.</param>
    /// <param name="model">That model in words, such as <c>architecture "mlp" with hidden [8]</c>.</param>
    public static Diagnostic Spec_LayerPenaltyNeverApplies(
        SourceLocation location,
        string name,
        string? value,
        int layer,
        int layers,
        string model) =>
        Error(
            "TT1048",
            $"'{name}'{PenaltyValue(value)} penalizes weight layer {layer} (counted from 0 on the input side), "
            + $"but no configuration of this spec has it: the deepest model, {model}, has {layers} weight "
            + $"layer(s), {LayerPenaltyNames(layers)}. Remove '{name}', or use a model with at least {layer + 1} "
            + $"weight layers (an mlp with {layer} hidden layers or more).",
            location);

    /// <summary>TT1049 (warning): a per-layer penalty whose layer only some configurations' models have.</summary>
    /// <param name="location">Where the spec gives the penalty.</param>
    /// <param name="name">The penalty, such as <c>l2.2</c>.</param>
    /// <param name="value">Its fixed value under <c>training</c>; null for a <c>space</c> entry.</param>
    /// <param name="layer">The weight layer it names, from 0.</param>
    /// <param name="layers">The weight layers of a model that lacks it.</param>
    /// <param name="model">That model in words, such as <c>architecture "mlp" with hidden [4]</c>.</param>
    /// <param name="condition">A <c>when</c> object that keeps the penalty to the models with the layer.</param>
    public static Diagnostic Spec_LayerPenaltySomeLack(
        SourceLocation location,
        string name,
        string? value,
        int layer,
        int layers,
        string model,
        string condition) =>
        Warning(
            "TT1049",
            $"'{name}'{PenaltyValue(value)} penalizes weight layer {layer}, which some configurations of this "
            + $"spec lack ({model} has {layers} weight layer(s)); their trials fail with TT4056 and the sweep "
            + "goes on with the others. "
            + (value is null
                ? $"To search '{name}' only where the layer exists, add \"when\": {condition} to its entry"
                : $"To set '{name}' only where the layer exists, move it to 'space' as {{ \"type\": "
                    + $"\"categorical\", \"choices\": [{value}], \"when\": {condition} }}")
            + " (or -warnAsMessage:TT1049).",
            location);

    private static string PenaltyValue(string? value) => value is null ? " (searched)" : $" = {value}";

    private static string LayerPenaltyNames(int layers) =>
        layers == 1 ? "penalized by l2.0 only" : $"l2.0 to l2.{layers - 1}";

    private static string Listed(IEnumerable<string> names) =>
        names.Any() ? string.Join(", ", names) : "this space has none";

    /// <summary>TT1050: strategy <c>gradient</c> with a parameter that is not a continuous float.</summary>
    public static Diagnostic Spec_GradientNeedsContinuous(
        SourceLocation location,
        string name,
        string kind,
        string section) =>
        Error(
            "TT1050",
            $"strategy \"gradient\" steps continuous float parameters only, but '{name}' is {kind}; fix its "
            + $"value under '{section}' and remove it from 'space', or use another strategy.",
            location);

    /// <summary>TT1051: strategy <c>gradient</c> with an objective other than the validation loss, minimized.</summary>
    public static Diagnostic Spec_GradientNeedsValidationLoss(SourceLocation location, string objective) =>
        Error(
            "TT1051",
            $"strategy \"gradient\" descends the hypergradient of the validation loss, so the objective must "
            + $"be \"val_loss\" (or \"val_mse\", a regression's validation loss) minimized; got {objective}. "
            + "Set \"objective\": { \"metric\": \"val_loss\", \"direction\": \"minimize\" }.",
            location);

    /// <summary>TT1052: strategy <c>gradient</c> with nothing to search.</summary>
    public static Diagnostic Spec_GradientSpaceEmpty(SourceLocation location) =>
        Error(
            "TT1052",
            "strategy \"gradient\" needs at least one float parameter under 'space'; add one, such as "
            + "\"weightDecay\": { \"type\": \"float\", \"low\": 1e-6, \"high\": 1, \"log\": true }.",
            location);

    /// <summary>TT1053: strategy <c>gradient</c> over a parameter the trainer has no hypergradient for.</summary>
    public static Diagnostic Spec_GradientParameterNotDifferentiable(SourceLocation location, string name) =>
        Error(
            "TT1053",
            $"strategy \"gradient\" needs the hypergradient of '{name}', which the trainer computes only for "
            + "'l2', the per-layer 'l2.0', 'l2.1', ..., and (with \"training\": { \"hypergradient\": "
            + "{ \"method\": \"unrolled\" } }) 'learningRate'; fix '" + name + "' under 'model'/'training' or use "
            + "another strategy.",
            location);
}
