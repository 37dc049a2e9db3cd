package cn.lianshang.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One article (第N条) of a policy's text. */
@Embeddable
record PolicyArticle(@Column(name = "number") Integer number, @Column(name = "text") String text) {

}
