package vn.cchcflow.system;

import org.springframework.util.unit.DataSize;

/**
 * How large an upload may be. {@code file} is the documented limit of one file (a plan with scanned
 * pages, a deliverable); a request body may be larger by what carrying the file costs: multipart
 * fields, or base64 inside JSON (4/3 of the file) when a webapp form sends it.
 */
public record UploadLimit(DataSize file) {

  public long bodyLimitBytes() {
    return file.toBytes() * 4 / 3 + DataSize.ofMegabytes(1).toBytes();
  }

  /** "20 MB". */
  public String fileLimitText() {
    long megabytes = file.toMegabytes();
    return megabytes > 0 ? megabytes + " MB" : file.toKilobytes() + " KB";
  }
}
