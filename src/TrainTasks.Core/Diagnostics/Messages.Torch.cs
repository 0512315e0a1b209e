using System.Globalization;

namespace TrainTasks.Core.Diagnostics;

/// <summary>Diagnostics of the TorchSharp backend: native loading, data files, training (TT4001–TT4099).</summary>
public static partial class Messages
{
    /// <summary>TT4001: the native TorchSharp or libtorch libraries were not found.</summary>
    /// <param name="missing">The file names that were not found.</param>
    /// <param name="searched">The folders searched, in order.</param>
    public static Diagnostic Native_LibrariesNotFound(IEnumerable<string> missing, IEnumerable<string> searched) =>
        Error(
            "TT4001",
            $"the native libraries {string.Join(", ", missing.Select(TorchQuote))} were not found; searched "
            + $"{string.Join(", ", searched.Select(TorchQuote))}. Restore the project so that the packages "
            + "TorchSharp and libtorch-cpu-linux-x64 are in the NuGet packages folder, or set NUGET_PACKAGES "
            + "to the folder that holds them.");

    /// <summary>TT4002: a native library was found but could not be loaded.</summary>
    /// <param name="path">The full path of the library.</param>
    /// <param name="reason">The loader's message.</param>
    public static Diagnostic Native_LoadFailed(string path, string reason) =>
        Error(
            "TT4002",
            $"could not load the native library '{path}': {reason}. Run 'dotnet train doctor' to see "
            + "which C++ runtime and folders were used.");

    /// <summary>TT4003: the TorchSharp library could not be prepared for an older C++ runtime.</summary>
    /// <param name="path">The library that was read.</param>
    /// <param name="reason">What is wrong with it.</param>
    public static Diagnostic Native_PatchFailed(string path, string reason) =>
        Error(
            "TT4003",
            $"could not make a copy of '{path}' that loads with this system's C++ runtime: {reason}. "
            + "Install a C++ runtime (libstdc++) that provides GLIBCXX_3.4.32, or restore the TorchSharp "
            + "package again if the file is damaged.");

    /// <summary>TT4004: the folder for the patched library copy cannot be written.</summary>
    /// <param name="folder">The cache folder.</param>
    /// <param name="reason">The I/O error.</param>
    public static Diagnostic Native_CacheNotWritable(string folder, string reason) =>
        Error(
            "TT4004",
            $"cannot write the prepared native library into '{folder}': {reason}. Make the folder "
            + "writable, or set XDG_CACHE_HOME to a writable folder.");

    /// <summary>TT4005: TorchSharp loaded, but its first tensor operation failed.</summary>
    /// <param name="reason">The exception message.</param>
    public static Diagnostic Native_SelfTestFailed(string reason) =>
        Error(
            "TT4005",
            $"TorchSharp loaded but could not create a tensor: {reason}. Run 'dotnet train doctor' "
            + "for the libraries and C++ runtime in use.");

    /// <summary>TT4010: a data file does not exist or cannot be read.</summary>
    /// <param name="file">The file.</param>
    /// <param name="reason">The I/O error.</param>
    public static Diagnostic Data_FileUnreadable(string file, string reason) =>
        Error("TT4010", $"cannot read the data file: {reason}. Check the path in the spec's data section.",
            new SourceLocation(file));

    /// <summary>TT4011: an IDX file does not start with the IDX magic number.</summary>
    /// <param name="file">The file.</param>
    /// <param name="firstBytes">The first bytes found, in hex.</param>
    public static Diagnostic Idx_BadMagic(string file, string firstBytes) =>
        Error(
            "TT4011",
            $"not an IDX file: it starts with bytes {firstBytes}, but an IDX file starts with 00 00, a type "
            + "byte and a dimension count. Point the spec at the IDX file (gzip or plain).",
            new SourceLocation(file));

    /// <summary>TT4012: an IDX file holds a data type other than unsigned bytes.</summary>
    /// <param name="file">The file.</param>
    /// <param name="typeByte">The type byte found.</param>
    public static Diagnostic Idx_UnsupportedType(string file, byte typeByte) =>
        Error(
            "TT4012",
            $"IDX data type 0x{typeByte:X2} is not supported; only unsigned bytes (0x08) are read, "
            + "as in MNIST and Fashion-MNIST.",
            new SourceLocation(file));

    /// <summary>TT4013: an IDX file has the wrong number of dimensions for its role.</summary>
    /// <param name="file">The file.</param>
    /// <param name="role">Images or labels.</param>
    /// <param name="expected">The expected dimension count.</param>
    /// <param name="found">The dimension count in the header.</param>
    public static Diagnostic Idx_WrongDimensionCount(string file, string role, int expected, int found) =>
        Error(
            "TT4013",
            $"an IDX {role} file needs {expected} dimension(s), found {found}. Check that the images "
            + "and labels files are not swapped.",
            new SourceLocation(file));

    /// <summary>TT4014: the data of an IDX file is shorter or longer than its header says.</summary>
    /// <param name="file">The file.</param>
    /// <param name="role">What the data is: image or label.</param>
    /// <param name="expected">The bytes the header announces.</param>
    /// <param name="found">The bytes present.</param>
    public static Diagnostic Idx_LengthMismatch(string file, string role, long expected, long found) =>
        Error(
            "TT4014",
            $"expected {TorchCount(expected)} bytes of {role} data, found {TorchCount(found)}; "
            + "the file is truncated or damaged. Copy it again.",
            new SourceLocation(file));

    /// <summary>TT4015: images and labels files hold different numbers of items.</summary>
    /// <param name="imagesFile">The images file.</param>
    /// <param name="images">Its item count.</param>
    /// <param name="labelsFile">The labels file.</param>
    /// <param name="labels">Its item count.</param>
    public static Diagnostic Idx_CountMismatch(string imagesFile, long images, string labelsFile, long labels) =>
        Error(
            "TT4015",
            $"holds {TorchCount(images)} images but '{labelsFile}' holds {TorchCount(labels)} labels; "
            + "they must match. Use the labels file that belongs to these images.",
            new SourceLocation(imagesFile));

    /// <summary>TT4020: a CSV field is not a number.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The field number, from 1.</param>
    /// <param name="value">The text of the field.</param>
    public static Diagnostic Csv_NotANumber(string file, int line, int column, string value) =>
        Error(
            "TT4020",
            $"field {column} is '{value}', which is not a number; every feature must be a number written "
            + "with '.' as decimal point. Fix the row, or raise csv.headerRows if this is a header line.",
            new SourceLocation(file, line, 1));

    /// <summary>TT4021: a CSV row has a different number of fields than the first data row.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line, from 1.</param>
    /// <param name="expected">Fields in the first data row.</param>
    /// <param name="found">Fields in this row.</param>
    public static Diagnostic Csv_FieldCountMismatch(string file, int line, int expected, int found) =>
        Error(
            "TT4021",
            $"this row has {found} fields but the first data row has {expected}; every row needs the same "
            + "number of fields. Check the separator (csv.separator) and the row.",
            new SourceLocation(file, line, 1));

    /// <summary>TT4022: a class label is not a non-negative integer.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line, from 1.</param>
    /// <param name="value">The label text.</param>
    public static Diagnostic Csv_BadLabel(string file, int line, string value) =>
        Error(
            "TT4022",
            $"the label is '{value}', but a class label must be a whole number from 0. Check "
            + "csv.labelColumn, or number the classes 0, 1, 2, ...",
            new SourceLocation(file, line, 1));

    /// <summary>TT4023: the label column lies outside the row.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line, from 1.</param>
    /// <param name="labelColumn">The configured label column.</param>
    /// <param name="fields">Fields in the row.</param>
    public static Diagnostic Csv_LabelColumnOutOfRange(string file, int line, int labelColumn, int fields) =>
        Error(
            "TT4023",
            $"csv.labelColumn is {labelColumn}, but the rows have {fields} fields (columns 0 to {fields - 1}) "
            + "and at least one feature is needed. Set csv.labelColumn to a column of the table, "
            + "or -1 for the last.",
            new SourceLocation(file, line, 1));

    /// <summary>TT4024: a table has no data rows.</summary>
    /// <param name="file">The file.</param>
    /// <param name="headerRows">The header rows skipped.</param>
    public static Diagnostic Csv_NoRows(string file, int headerRows) =>
        Error(
            "TT4024",
            $"no data rows after skipping {headerRows} header line(s). Check the file and csv.headerRows.",
            new SourceLocation(file));

    /// <summary>TT4030: the data spec names a format the backend cannot read.</summary>
    /// <param name="format">The format given.</param>
    public static Diagnostic Data_UnknownFormat(string format) =>
        Error("TT4030", $"data format '{format}' is not known; use 'idx' or 'csv'.");

    /// <summary>TT4031: a part of the data spec lacks a file its format needs.</summary>
    /// <param name="part">train or test.</param>
    /// <param name="format">idx or csv.</param>
    /// <param name="needed">The file fields that must be set.</param>
    public static Diagnostic Data_MissingFile(string part, string format, string needed) =>
        Error("TT4031", $"data.{part} needs {needed} for format '{format}'. Add the missing path to the spec.");

    /// <summary>TT4032: evaluation was asked for, but the data spec has no test set.</summary>
    public static Diagnostic Data_NoTestSet() =>
        Error("TT4032", "the data spec has no test files, so the model cannot be evaluated; add data.test.");

    /// <summary>TT4033: the split leaves no training or no validation rows.</summary>
    /// <param name="rows">Rows available.</param>
    /// <param name="fraction">The validation fraction.</param>
    public static Diagnostic Data_SplitEmpty(int rows, double fraction) =>
        Error(
            "TT4033",
            $"a validation fraction of {fraction.ToString(CultureInfo.InvariantCulture)} of {rows} row(s) leaves "
            + "no training or no validation rows; use a fraction in (0, 1) and at least 2 rows.");

    /// <summary>TT4040: a training parameter has a value the trainer cannot use.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, as canonical JSON.</param>
    /// <param name="rule">What is allowed.</param>
    public static Diagnostic Training_BadParameter(string name, string value, string rule) =>
        Error("TT4040", $"parameter '{name}' is {value}; {rule}.");

    /// <summary>TT4041: the CNN was chosen for data that is not an image.</summary>
    /// <param name="shape">The feature shape of the data.</param>
    public static Diagnostic Training_CnnNeedsImages(string shape) =>
        Error(
            "TT4041",
            $"architecture 'cnn' needs image data of shape [channels, height, width], at least 4x4; this "
            + $"data has feature shape {shape}. Use architecture 'mlp' for tables.");

    /// <summary>TT4042: the model file to evaluate is missing or does not fit the parameters.</summary>
    /// <param name="modelFile">The model file.</param>
    /// <param name="reason">What went wrong.</param>
    public static Diagnostic Training_ModelUnreadable(string modelFile, string reason) =>
        Error(
            "TT4042",
            $"cannot load the model: {reason}. The file must come from a training with the same parameters.",
            new SourceLocation(modelFile));

    private static string TorchQuote(string text) => $"'{text}'";

    private static string TorchCount(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
