// expect: groovy-forbidden
def m = [a: [1, 2]]
def l = m['a']
template(l['class'].toString()) { version '1' }
