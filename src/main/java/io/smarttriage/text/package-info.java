/** Text cleaning, personal-data redaction and tokenization for request text. */
package io.smarttriage.text;
