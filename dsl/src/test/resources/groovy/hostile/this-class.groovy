// expect: groovy-forbidden
template("${this.class}") { version '1' }
