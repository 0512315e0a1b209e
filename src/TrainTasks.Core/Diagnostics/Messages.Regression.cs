using System.Globalization;

namespace TrainTasks.Core.Diagnostics;

/// <summary>
/// Diagnostics of regression data and hypergradients: spec TT1060–TT1069, training TT4050–TT4059.
/// Next free codes: TT1067, TT4058.
/// </summary>
public static partial class Messages
{
    /// <summary>TT1060: an objective metric the data's task does not report.</summary>
    /// <param name="location">The <c>objective.metric</c> value.</param>
    /// <param name="metric">The metric given.</param>
    /// <param name="task">classification or regression.</param>
    public static Diagnostic Spec_MetricNotOfTask(SourceLocation location, string metric, string task) =>
        Error(
            "TT1060",
            $"metric \"{metric}\" is not reported for data.task \"{task}\"; a classifier reports accuracy and "
            + "loss, regression reports mse and loss (val_loss is the validation mse). Pick a metric of the task.",
            location);

    /// <summary>TT1061: <c>validationRows</c> and <c>validationFraction</c> given together.</summary>
    /// <param name="location">The <c>data.validationRows</c> key.</param>
    public static Diagnostic Spec_ValidationRowsWithFraction(SourceLocation location) =>
        Error(
            "TT1061",
            "validationRows (the last rows, unshuffled) and validationFraction (a seeded random share) both "
            + "choose the validation rows; keep one of them.",
            location);

    /// <summary>TT1062: a regression task on data that cannot hold a numeric target.</summary>
    /// <param name="location">The <c>data.task</c> value.</param>
    /// <param name="format">The data format.</param>
    public static Diagnostic Spec_RegressionNeedsCsv(SourceLocation location, string format) =>
        Error(
            "TT1062",
            $"task \"regression\" needs format \"csv\" (a numeric target); format \"{format}\" holds class labels. "
            + "Use task \"classification\" or a CSV table.",
            location);

    /// <summary>TT1063: a targets file for a classifier.</summary>
    /// <param name="location">The <c>targets</c> key.</param>
    public static Diagnostic Spec_TargetsWithoutRegression(SourceLocation location) =>
        Error(
            "TT1063",
            "a targets file holds regression targets, but data.task is \"classification\"; set data.task to "
            + "\"regression\", or remove targets and keep the class label in a column of the table.",
            location);

    /// <summary>TT1064: a hypergradient setting that belongs to the other method.</summary>
    /// <param name="location">The setting's key.</param>
    /// <param name="key">The setting.</param>
    /// <param name="method">The method it belongs to.</param>
    public static Diagnostic Spec_HypergradientSettingOfOtherMethod(
        SourceLocation location, string key, string method) =>
        Error(
            "TT1064",
            $"'{key}' applies only to method \"{method}\", which is not the method chosen; remove it or set "
            + $"method to \"{method}\".",
            location);

    /// <summary>TT1065: a <c>hessianRows</c> that is neither a row count nor <c>"all"</c>.</summary>
    /// <param name="location">The <c>training.hypergradient.hessianRows</c> value.</param>
    /// <param name="value">The value as written.</param>
    /// <param name="maximum">The largest count allowed.</param>
    public static Diagnostic Spec_HessianRowsInvalid(SourceLocation location, string value, int maximum) =>
        Error(
            "TT1065",
            $"hessianRows must be a whole number of training rows from 1 to {maximum}, or \"all\" for every "
            + $"row; got {value}.",
            location);

    /// <summary>TT1066: a new minibatch per Neumann term asked for while every row is used.</summary>
    /// <param name="location">The <c>training.hypergradient.hessianSampling</c> value.</param>
    public static Diagnostic Spec_HessianSamplingNeedsRowCount(SourceLocation location) =>
        Error(
            "TT1066",
            "hessianSampling \"perTerm\" draws a new minibatch of hessianRows rows for each Neumann term, but "
            + "hessianRows is \"all\"; give hessianRows a row count, or remove hessianSampling.",
            location);

    /// <summary>TT4050: a hypergradient asked for a parameter that has none.</summary>
    /// <param name="name">The parameter.</param>
    public static Diagnostic Training_NoHypergradient(string name) =>
        Error(
            "TT4050",
            $"no hypergradient for parameter '{name}': the trainer differentiates the validation loss only in "
            + "l2, the per-layer penalties l2.0, l2.1, ... and learningRate (method \"unrolled\"). Search "
            + $"'{name}' with another strategy.");

    /// <summary>TT4051: a hypergradient the chosen method cannot compute.</summary>
    /// <param name="name">The parameter.</param>
    public static Diagnostic Training_HypergradientNeedsUnrolled(string name) =>
        Error(
            "TT4051",
            $"the implicit method cannot differentiate '{name}': it does not enter the training objective, so "
            + "it does not move an optimum. Set training.hypergradient.method to \"unrolled\".");

    /// <summary>TT4052: unrolled hypergradients with a model or optimizer they do not support.</summary>
    /// <param name="setting">The parameter, such as <c>optimizer</c>.</param>
    /// <param name="value">Its value.</param>
    /// <param name="rule">What is supported.</param>
    public static Diagnostic Training_UnrolledNotSupported(string setting, string value, string rule) =>
        Error(
            "TT4052",
            $"method \"unrolled\" does not support {setting} \"{value}\"; it needs {rule}. Change {setting}, or "
            + "use method \"implicit\".");

    /// <summary>TT4053: hypergradients asked for without validation rows.</summary>
    public static Diagnostic Training_HypergradientWithoutValidation() =>
        Error(
            "TT4053",
            "hypergradients differentiate the validation loss, but this run holds no validation rows (a refit "
            + "on every row). Ask for hypergradients only in trials with a validation split.");

    /// <summary>TT4054: a hypergradient that is NaN or infinite (the trial fails).</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="value">The value computed.</param>
    public static Diagnostic Training_HypergradientNotFinite(string name, double value) =>
        Error(
            "TT4054",
            $"the hypergradient of '{name}' is {value.ToString(CultureInfo.InvariantCulture)}; the training "
            + "diverged or the Neumann series did not converge. Lower learningRate, or set "
            + "training.hypergradient.neumannScale lower.");

    /// <summary>TT4055: a targets file whose row count differs from its table's.</summary>
    /// <param name="targetsFile">The targets file.</param>
    /// <param name="targets">Targets read.</param>
    /// <param name="tableFile">The table.</param>
    /// <param name="rows">Rows of the table.</param>
    public static Diagnostic Csv_TargetCountMismatch(string targetsFile, int targets, string tableFile, int rows) =>
        Error(
            "TT4055",
            $"holds {targets} target(s) but the table '{tableFile}' holds {rows} row(s); every row needs one "
            + "target, on the same line number. Use the targets file that belongs to this table.",
            new SourceLocation(targetsFile));

    /// <summary>TT4056: a per-layer penalty naming a layer the model does not have.</summary>
    /// <param name="name">The parameter, such as <c>l2.3</c>.</param>
    /// <param name="layers">The model's number of weight layers.</param>
    public static Diagnostic Training_LayerPenaltyOutOfRange(string name, int layers) =>
        Error(
            "TT4056",
            $"parameter '{name}' names a weight layer the model does not have: it has {layers} weight layer(s), "
            + $"l2.0 (input side) to l2.{layers - 1} (output). Remove '{name}' or add hidden layers.");

    /// <summary>TT4057: more validation rows than the data can give.</summary>
    /// <param name="rows">Rows available.</param>
    /// <param name="validationRows">data.validationRows.</param>
    public static Diagnostic Data_ValidationRowsTooMany(int rows, int validationRows) =>
        Error(
            "TT4057",
            $"data.validationRows is {validationRows}, but the training data has {rows} row(s), which leaves "
            + "no rows to train on; hold out fewer rows.");
}
