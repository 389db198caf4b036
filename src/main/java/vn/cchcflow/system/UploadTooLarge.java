package vn.cchcflow.system;

import java.io.IOException;

/** A request body longer than the upload limit; answered 413 with the limit named in Vietnamese. */
public class UploadTooLarge extends IOException {

  public UploadTooLarge(long limitBytes) {
    super("Request body exceeds the upload limit of " + limitBytes + " bytes");
  }

  /** The failure somewhere in a cause chain, or null. */
  public static UploadTooLarge in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UploadTooLarge tooLarge) {
        return tooLarge;
      }
    }
    return null;
  }
}
